import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { cleanUpMigrationDatabases, databaseBefore } from "./helpers/migrations";

const MIGRATION = "20261130160500_initiative_updates_media";
cleanUpMigrationDatabases();

describe(`migration ${MIGRATION}`, () => {
  it("moves linked projects into the join table, drops dangling ids, and keeps the milestone order people saw", async () => {
    const { sql, finish } = await databaseBefore(MIGRATION);
    const [p1, p2, gone, rec, a, b] = Array.from({ length: 6 }, () => randomUUID());
    for (const [id, code] of [
      [p1, "SR-1"],
      [p2, "SR-2"],
    ]) {
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
    for (const [title, due] of [
      ["Late", "2026-09-01"],
      ["Early", "2026-02-01"],
      ["Middle", "2026-05-01"],
    ]) {
      await sql`insert into milestones (id, initiative_id, title, due_date, position) values (${randomUUID()}, ${a}, ${title}, ${due}, 0)`;
    }

    expect(await finish()).toEqual([MIGRATION]);

    const links = await sql`select initiative_id, project_id from initiative_projects order by project_id`;
    expect(links.map((l) => [l.initiative_id, l.project_id])).toEqual(
      [
        [a, p1],
        [a, p2],
      ].sort((x, y) => x[1].localeCompare(y[1])),
    );
    const column = await sql`select 1 from information_schema.columns where table_name = 'initiatives' and column_name = 'project_ids'`;
    expect(column).toHaveLength(0);
    const milestones = await sql`select title, position, version from milestones order by position`;
    expect(milestones.map((m) => [m.title, m.position, m.version])).toEqual([
      ["Early", 0, 1],
      ["Middle", 1, 1],
      ["Late", 2, 1],
    ]);

    // The foreign keys now keep links consistent: a deleted project leaves no dangling link.
    await sql`delete from joint_projects where id = ${p1}`;
    expect((await sql`select project_id from initiative_projects`).map((l) => l.project_id)).toEqual([p2]);
    await expect(sql`insert into initiative_projects (initiative_id, project_id) values (${b}, ${gone})`).rejects.toThrow(/foreign key/);
  });
});
