import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { cleanUpMigrationDatabases, databaseBefore } from "./helpers/migrations";

const MIGRATION = "20261130193000_organization_city_i18n";
cleanUpMigrationDatabases();

describe(`migration ${MIGRATION}`, () => {
  it("keeps each organization's city in all three languages and then requires all three", async () => {
    const { sql, finish } = await databaseBefore(MIGRATION);
    const [hit, fefu] = [randomUUID(), randomUUID()];
    for (const [id, name, country, city] of [
      [hit, "HIT", "CN", "Harbin"],
      [fefu, "FEFU", "RU", "Vladivostok"],
    ]) {
      await sql`insert into organizations (id, name_en, name_zh, name_ru, country, type, city, updated_at)
                values (${id}, ${name}, ${name}, ${name}, ${country}::"Country", 'UNIVERSITY', ${city}, now())`;
    }

    expect(await finish()).toEqual([MIGRATION]);

    const rows = await sql`select name_en, city_en, city_zh, city_ru from organizations order by name_en`;
    expect(rows.map((r) => [r.name_en, r.city_en, r.city_zh, r.city_ru])).toEqual([
      ["FEFU", "Vladivostok", "Vladivostok", "Vladivostok"],
      ["HIT", "Harbin", "Harbin", "Harbin"],
    ]);
    const columns =
      await sql`select column_name from information_schema.columns where table_name = 'organizations' and column_name like 'city%' order by column_name`;
    expect(columns.map((c) => c.column_name)).toEqual(["city_en", "city_ru", "city_zh"]);
    await expect(sql`update organizations set city_zh = null where id = ${hit}`).rejects.toThrow(/not-null/);
  });
});
