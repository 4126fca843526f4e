import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { regionOfPlace, REGIONS } from "@/lib/regions/catalog";

import { cleanUpMigrationDatabases, databaseBefore } from "./helpers/migrations";

const MIGRATION = "20261206211100_project_regions";
cleanUpMigrationDatabases();

describe(`migration ${MIGRATION}`, () => {
  it("maps known free-text places to their region, keeps unknown ones as text with region null", async () => {
    const { sql, finish } = await databaseBefore(MIGRATION);
    const places = [
      "哈尔滨中俄高新技术产业园",
      "黑河—布拉戈维申斯к",
      "Хабаровск",
      "Moscow — Harbin",
      "Амурская область",
      "绥芬河",
      "Kazan",
      "Pogranichny border crossing",
      "Ulaanbaatar",
      "somewhere on the river",
    ];
    for (const [i, location] of places.entries()) {
      await sql`insert into joint_projects (id, code, sector, location, declared_stage, start_date, original_locale, updated_at)
                values (${randomUUID()}, ${`SR-OLD-${i}`}, 'OTHER', ${location}, 1, '2025-01-01', 'en', now())`;
    }

    expect(await finish()).toEqual([MIGRATION]);

    const rows = await sql<{ location: string; region_code: string | null; tags: number }[]>`
      select location, region_code, cardinality(alignment) as tags from joint_projects order by code`;
    expect(rows.map((r) => [r.location, r.region_code])).toEqual([
      ["哈尔滨中俄高新技术产业园", "CN-HL"],
      ["黑河—布拉戈维申斯к", "CN-HL"], // the earliest named place wins
      ["Хабаровск", "RU-KHA"],
      ["Moscow — Harbin", "RU-MOW"],
      ["Амурская область", "RU-AMU"],
      ["绥芬河", "CN-HL"],
      ["Kazan", "RU-TA"],
      ["Pogranichny border crossing", "RU-PRI"],
      ["Ulaanbaatar", null],
      ["somewhere on the river", null],
    ]);
    expect(rows.map((r) => r.tags)).toEqual(rows.map(() => 0));
    // The app's own mapping (used by the seed) agrees with the migration's.
    for (const r of rows) expect(regionOfPlace(r.location)).toBe(r.region_code);
    // The regions table holds exactly the catalog's rows.
    const regions = await sql<{ code: string; country: string; name_en: string; name_zh: string; name_ru: string }[]>`
      select code, country::text as country, name_en, name_zh, name_ru from regions order by code`;
    expect(regions.map((r) => [r.code, r.country, r.name_en, r.name_zh, r.name_ru])).toEqual(
      [...REGIONS].sort((a, b) => (a.code < b.code ? -1 : 1)).map((r) => [r.code, r.country, r.en, r.zh, r.ru]),
    );
    await expect(sql`update joint_projects set region_code = 'XX-NO' where code = 'SR-OLD-0'`).rejects.toThrow(/foreign key/);
  });
});
