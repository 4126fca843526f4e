import { randomUUID } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, migrate, readMigrations } from "@/lib/db/migrate";
import { createScratchDatabase } from "./helpers/db";

const MIGRATION = "20261130193000_organization_city_i18n";
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A database migrated up to (not including) this migration, and a way to apply it (alone). */
async function databaseBefore() {
  const db = await createScratchDatabase();
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  const dir = await mkdtemp(path.join(tmpdir(), "synergia-migrations-"));
  cleanups.push(db.drop, () => sql.end({ timeout: 5 }), () => rm(dir, { recursive: true, force: true }));
  const names = (await readMigrations(DEFAULT_MIGRATIONS_DIR)).map((m) => m.name);
  const copy = (name: string) => cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  for (const name of names.filter((n) => n < MIGRATION)) await copy(name);
  await migrate(db.url, { migrationsDir: dir });
  const finish = async () => {
    await copy(MIGRATION);
    return migrate(db.url, { migrationsDir: dir });
  };
  return { sql, finish };
}

describe(`migration ${MIGRATION}`, () => {
  it("keeps each organization's city in all three languages and then requires all three", async () => {
    const { sql, finish } = await databaseBefore();
    const [hit, fefu] = [randomUUID(), randomUUID()];
    for (const [id, name, country, city] of [[hit, "HIT", "CN", "Harbin"], [fefu, "FEFU", "RU", "Vladivostok"]]) {
      await sql`insert into organizations (id, name_en, name_zh, name_ru, country, type, city, updated_at)
                values (${id}, ${name}, ${name}, ${name}, ${country}::"Country", 'UNIVERSITY', ${city}, now())`;
    }

    expect(await finish()).toEqual([MIGRATION]);

    const rows = await sql`select name_en, city_en, city_zh, city_ru from organizations order by name_en`;
    expect(rows.map((r) => [r.name_en, r.city_en, r.city_zh, r.city_ru])).toEqual([
      ["FEFU", "Vladivostok", "Vladivostok", "Vladivostok"],
      ["HIT", "Harbin", "Harbin", "Harbin"],
    ]);
    const columns = await sql`select column_name from information_schema.columns where table_name = 'organizations' and column_name like 'city%' order by column_name`;
    expect(columns.map((c) => c.column_name)).toEqual(["city_en", "city_ru", "city_zh"]);
    await expect(sql`update organizations set city_zh = null where id = ${hit}`).rejects.toThrow(/not-null/);
  });
});
