import { randomUUID } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, migrate, readMigrations } from "@/lib/db/migrate";
import { createScratchDatabase } from "./helpers/db";

const MIGRATION = "20261130160500_initiative_updates_media";
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A database migrated up to (not including) this feature's migration, and a way to apply it (alone). */
async function databaseBefore() {
  const db = await createScratchDatabase();
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  const dir = await mkdtemp(path.join(tmpdir(), "synergia-migrations-"));
  cleanups.push(db.drop, () => sql.end({ timeout: 5 }), () => rm(dir, { recursive: true, force: true }));
  const names = (await readMigrations(DEFAULT_MIGRATIONS_DIR)).map((m) => m.name);
  for (const name of names.filter((n) => n < MIGRATION)) await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  await migrate(db.url, { migrationsDir: dir });
  const finish = async () => {
    for (const name of names.filter((n) => n === MIGRATION)) await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    return migrate(db.url, { migrationsDir: dir });
  };
  return { sql, finish };
}

describe(`migration ${MIGRATION}`, () => {
  it("moves linked projects into the join table, drops dangling ids, and keeps the milestone order people saw", async () => {
    const { sql, finish } = await databaseBefore();
    const [p1, p2, gone, rec, a, b] = Array.from({ length: 6 }, () => randomUUID());
    for (const [id, code] of [[p1, "SR-1"], [p2, "SR-2"]]) {
      await sql`insert into joint_projects (id, code, sector, location, declared_stage, start_date, original_locale, updated_at)
                values (${id}, ${code}, 'ENERGY_GRID', 'Harbin', 1, '2026-01-01', 'en', now())`;
    }
    await sql`insert into recommendations (id, code, area, text_en, text_zh, text_ru, updated_at) values (${rec}, 'DG-X', 'DATA_GOVERNANCE', 'a', 'b', 'c', now())`;
    const initiative = (id: string, projects: string[]) => sql`
      insert into initiatives (id, recommendation_id, title_en, title_zh, title_ru, start_date, due_date, project_ids, updated_at)
      values (${id}, ${rec}, 't', 't', 't', '2026-01-01', '2026-12-31', ${sql.array(projects, 2950)}, now())`;
    await initiative(a, [p1, p2, p1, gone]);
    await initiative(b, []);
    // Old rows: every position 0, shown by due date.
    for (const [title, due] of [["Late", "2026-09-01"], ["Early", "2026-02-01"], ["Middle", "2026-05-01"]]) {
      await sql`insert into milestones (id, initiative_id, title, due_date, position) values (${randomUUID()}, ${a}, ${title}, ${due}, 0)`;
    }

    expect(await finish()).toEqual([MIGRATION]);

    const links = await sql`select initiative_id, project_id from initiative_projects order by project_id`;
    expect(links.map((l) => [l.initiative_id, l.project_id])).toEqual([[a, p1], [a, p2]].sort((x, y) => x[1].localeCompare(y[1])));
    const column = await sql`select 1 from information_schema.columns where table_name = 'initiatives' and column_name = 'project_ids'`;
    expect(column).toHaveLength(0);
    const milestones = await sql`select title, position, version from milestones order by position`;
    expect(milestones.map((m) => [m.title, m.position, m.version])).toEqual([["Early", 0, 1], ["Middle", 1, 1], ["Late", 2, 1]]);

    // The foreign keys now keep links consistent: a deleted project leaves no dangling link.
    await sql`delete from joint_projects where id = ${p1}`;
    expect((await sql`select project_id from initiative_projects`).map((l) => l.project_id)).toEqual([p2]);
    await expect(sql`insert into initiative_projects (initiative_id, project_id) values (${b}, ${gone})`).rejects.toThrow(/foreign key/);
  });
});
