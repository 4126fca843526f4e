import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { seedDemoIfEmpty } from "@/lib/seed";
import { createScratchDatabase } from "./helpers/db";

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let sql: postgres.Sql;
let seconds = 0;

describe("demo portfolio seed", () => {
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await migrate(scratch.url);
    const started = Date.now();
    await seedDemoIfEmpty(scratch.url, { NODE_ENV: "test" });
    seconds = (Date.now() - started) / 1000;
    sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
  }, 120_000);
  afterAll(async () => {
    await sql?.end({ timeout: 5 });
    await scratch?.drop();
  });

  it("seeds about forty projects across every sector and stage, fast enough for every start", async () => {
    // A few seconds on an idle machine (bulk inserts); the margin absorbs a loaded CI box.
    expect(seconds).toBeLessThan(30);
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from joint_projects`;
    expect(n).toBeGreaterThanOrEqual(38);
    const sectors = await sql`select distinct sector from joint_projects`;
    expect(sectors).toHaveLength(7);
    const stages = await sql`select distinct declared_stage from joint_projects`;
    expect(stages).toHaveLength(3);
    const harbin = await sql`select p.code from joint_projects p join project_texts t on t.project_id = p.id where t.title like '%哈尔滨中俄高新技术产业园智能制造%'`;
    expect(harbin).toHaveLength(1);
  });

  it("pairs every active project with accepted Chinese and Russian partners and leaves invitations pending", async () => {
    const unpaired = await sql`
      select p.code from joint_projects p where p.status = 'ACTIVE' and not (
        exists (select 1 from project_partners pp join organizations o on o.id = pp.organization_id where pp.project_id = p.id and pp.status = 'ACCEPTED' and o.country = 'CN')
        and exists (select 1 from project_partners pp join organizations o on o.id = pp.organization_id where pp.project_id = p.id and pp.status = 'ACCEPTED' and o.country = 'RU'))`;
    expect(unpaired).toEqual([]);
    const [{ pending }] = await sql<{ pending: number }[]>`select count(*)::int as pending from project_partners where status = 'PENDING'`;
    expect(pending).toBeGreaterThan(0);
  });

  it("has evidence in every status, verification histories, outdated translations and score history", async () => {
    const statuses = (await sql<{ status: string }[]>`select distinct status::text as status from evidence`).map((r) => r.status).sort();
    expect(statuses).toEqual(["DISPUTED", "DRAFT", "RETURNED", "SUBMITTED", "VERIFIED", "WITHDRAWN"]);
    const decisions = (await sql<{ decision: string }[]>`select distinct decision::text as decision from verifications`).map((r) => r.decision).sort();
    expect(decisions).toEqual(["CONFIRM", "DISPUTE", "RETURN"]);
    const [{ outdated }] = await sql<{ outdated: number }[]>`select count(*)::int as outdated from project_texts t join joint_projects p on p.id = t.project_id where t.source = 'HUMAN' and t.source_version < p.text_version`;
    expect(outdated).toBeGreaterThan(0);
    const [{ withHistory }] = await sql<{ withHistory: number }[]>`select count(*)::int as "withHistory" from (select project_id from score_snapshots group by project_id having count(distinct computed_at) >= 3) s`;
    expect(withHistory).toBeGreaterThan(10);
    const [{ scored }] = await sql<{ scored: number }[]>`select count(*)::int as scored from joint_projects where latest_d is not null`;
    expect(scored).toBeGreaterThan(20);
  });
});
