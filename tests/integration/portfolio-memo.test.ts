import { beforeEach, describe, expect, it } from "vitest";

import { ZPortfolioFilter } from "@/lib/portfolio/schema";
import { getPortfolioOverview, getScoreTrend, getVerificationBacklog } from "@/lib/portfolio/service";

import { createUser, resetDb, testDb, testSql } from "./helpers/db";
import { createEvidence, createProject, seedCatalog } from "./helpers/scores-factories";

/**
 * The dashboard's figures are kept per process while PostgreSQL's change count stays the same
 * (lib/portfolio/memo.ts): every change must show at once, in every process, and nothing else may
 * count as one.
 */

const all = ZPortfolioFilter.parse({});
const count = async () => (await testSql()<{ v: string }[]>`select v::text from portfolio_version`)[0].v;

describe("the dashboard's figures between changes", () => {
  beforeEach(async () => {
    await resetDb();
    await seedCatalog();
  });

  it("shows every kind of change at once, however often it was read before", async () => {
    const organizer = await createUser({ role: "ORGANIZER" });
    const a = await createProject();
    const first = await getPortfolioOverview(organizer, all);
    expect(first.total.projects).toBe(1);
    // Read again without a change: the same figures, not computed again.
    expect(await getPortfolioOverview(organizer, all)).toBe(first);

    // A new project (written by another connection, as another instance would).
    await createProject({ partners: [{ country: "RU" }, { country: "CN" }] });
    expect((await getPortfolioOverview(organizer, all)).total.projects).toBe(2);

    // A moved region.
    await testSql()`update joint_projects set region_code = 'CN-HL' where id = ${a.id}`;
    const regions = (await getPortfolioOverview(organizer, all)).distributions.region.map((b) => [b.key, b.projects]);
    expect(regions).toContainEqual(["CN-HL", 1]);

    // A score (the trigger-kept latest scores).
    await testDb().scoreSnapshot.create({
      data: {
        projectId: a.id,
        modelVersion: 1,
        trigger: "evidence.submit",
        fingerprint: "memo",
        uTechnology: 0.5,
        uInstitutional: 0.4,
        uResource: 0.3,
        c: 1,
        t: 0.4,
        d: 0.4,
        level: 5,
        stage: 1,
        confidence: 1,
        coverage: 1,
        result: { countedIndicators: 3, constraints: [] },
      },
    });
    const scored = await getPortfolioOverview(organizer, all);
    expect([scored.total.assessed, scored.total.meanD]).toEqual([1, 0.4]);

    // Evidence waiting for verification, then a renamed organization.
    const [cn] = a.organizationIds;
    expect(await getVerificationBacklog(organizer, all)).toEqual([]);
    await createEvidence({ projectId: a.id, organizationId: cn, indicatorCode: "T1", value: 1, status: "SUBMITTED" });
    expect((await getVerificationBacklog(organizer, all)).map((r) => [r.organizationId, r.total])).toEqual([[cn, 1]]);
    await testSql()`update organizations set name_en = 'Renamed Institute' where id = ${cn}`;
    expect((await getVerificationBacklog(organizer, all))[0].nameEn).toBe("Renamed Institute");

    // A partner's scope is its own: the organizer's figures are not handed to it.
    const partner = await createUser({ role: "PARTNER", organizationId: cn });
    const other = await createUser({ role: "PARTNER", organizationId: (await createProject()).organizationIds[0] });
    expect((await getPortfolioOverview(partner, all)).total.projects).toBe(1);
    expect((await getPortfolioOverview(other, all)).total.projects).toBe(1);
    expect((await getPortfolioOverview(organizer, all)).total.projects).toBe(3);
  });

  it("counts a transaction once, as it commits, and nothing rolled back or unrelated", async () => {
    const a = await createProject();
    const before = BigInt(await count());
    // Three projects in one transaction: one change.
    await testSql().begin(async (tx) => {
      for (const code of ["M1", "M2", "M3"]) {
        await tx`insert into joint_projects (id, code, sector, location, declared_stage, status, start_date, original_locale, updated_at)
                 values (gen_random_uuid(), ${code}, 'ENERGY_GRID', 'x', 1, 'DRAFT', '2026-01-01', 'en', now())`;
      }
      // Not yet visible to others while the transaction runs.
      expect(await count()).toBe(String(before));
    });
    expect(BigInt(await count())).toBe(before + 1n);
    // Rolled back: no change.
    await expect(
      testSql().begin(async (tx) => {
        await tx`update joint_projects set sector = 'ENERGY_GRID' where id = ${a.id}`;
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    // What the dashboard does not read (a title, the project's status): no change.
    await testSql()`update joint_projects set location = 'elsewhere', status = 'SUSPENDED' where id = ${a.id}`;
    expect(BigInt(await count())).toBe(before + 1n);
  });

  it("keeps the trend per day, so figures that age with the calendar move on", async () => {
    const organizer = await createUser({ role: "ORGANIZER" });
    await createProject();
    const today = await getScoreTrend(organizer, all, new Date("2026-12-07T10:00:00Z"));
    expect(await getScoreTrend(organizer, all, new Date("2026-12-07T18:00:00Z"))).toBe(today);
    expect(await getScoreTrend(organizer, all, new Date("2026-12-08T10:00:00Z"))).not.toBe(today);
  });
});
