import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";

import { DEFAULT_MIGRATIONS_DIR, migrate, readMigrations } from "@/lib/db/migrate";

import { createScratchDatabase } from "./helpers/db";

const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function scratchDatabase() {
  const db = await createScratchDatabase();
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  cleanups.push(db.drop, () => sql.end({ timeout: 5 }));
  return { url: db.url, sql };
}

/** A migrations folder of our own, so tests can add, slow down and edit migrations. */
async function migrationsDir(migrations: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "synergia-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  for (const [name, script] of Object.entries(migrations)) await writeMigration(dir, name, script);
  return dir;
}

async function writeMigration(dir: string, name: string, script: string) {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, "migration.sql"), script);
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("migrate", () => {
  it("applies the project's migrations once and records them as Prisma does", async () => {
    const { url, sql } = await scratchDatabase();
    const names = (await readMigrations(DEFAULT_MIGRATIONS_DIR)).map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);

    expect(await migrate(url)).toEqual(names);
    expect(await migrate(url)).toEqual([]);

    const rows = await sql`
      select id, checksum, migration_name, logs, rolled_back_at, finished_at, started_at, applied_steps_count
      from _prisma_migrations order by migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const script = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(sha256(script));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row).toMatchObject({ logs: null, rolled_back_at: null, applied_steps_count: 1 });
      expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }

    // Prisma's table layout, so `prisma migrate deploy` can read the history.
    const columns = await sql`
      select column_name, data_type, is_nullable from information_schema.columns
      where table_name = '_prisma_migrations' order by ordinal_position`;
    expect(columns.map((c) => `${c.column_name} ${c.data_type} ${c.is_nullable}`)).toEqual([
      "id character varying NO",
      "checksum character varying NO",
      "finished_at timestamp with time zone YES",
      "migration_name character varying NO",
      "logs text YES",
      "rolled_back_at timestamp with time zone YES",
      "started_at timestamp with time zone NO",
      "applied_steps_count integer NO",
    ]);
  });

  it("lets only one of two simultaneous runs apply a migration", async () => {
    const { url, sql } = await scratchDatabase();
    const dir = await migrationsDir({
      // Slow enough that both runs are inside the migration step at the same time.
      "20260101000000_slow": "SELECT pg_sleep(0.5);\nCREATE TABLE probe (id INTEGER);\nINSERT INTO probe VALUES (1);",
      "20260101000001_next": "INSERT INTO probe VALUES (2);",
    });

    const [first, second] = await Promise.all([migrate(url, { migrationsDir: dir }), migrate(url, { migrationsDir: dir })]);

    expect([...first, ...second].sort()).toEqual(["20260101000000_slow", "20260101000001_next"]);
    expect(await sql`select id from probe order by id`).toEqual([{ id: 1 }, { id: 2 }]);
    const [{ count }] = await sql`select count(*)::int as count from _prisma_migrations`;
    expect(count).toBe(2);
  });

  it("refuses to run when an applied migration was edited, and applies nothing", async () => {
    const { url, sql } = await scratchDatabase();
    const dir = await migrationsDir({ "20260101000000_first": "CREATE TABLE probe (id INTEGER);" });
    await migrate(url, { migrationsDir: dir });

    await writeMigration(dir, "20260101000000_first", "CREATE TABLE probe (id BIGINT);");
    await writeMigration(dir, "20260101000001_second", "CREATE TABLE second_probe (id INTEGER);");

    await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(/20260101000000_first was changed after it was applied/);
    const [{ exists }] = await sql`select to_regclass('second_probe') is not null as exists`;
    expect(exists).toBe(false);
  });

  it("accepts a migration whose only change is Windows line endings", async () => {
    const { url } = await scratchDatabase();
    const dir = await migrationsDir({ "20260101000000_first": "CREATE TABLE probe (\n  id INTEGER\n);\n" });
    await migrate(url, { migrationsDir: dir });

    await writeMigration(dir, "20260101000000_first", "CREATE TABLE probe (\r\n  id INTEGER\r\n);\r\n");
    await expect(migrate(url, { migrationsDir: dir })).resolves.toEqual([]);
  });

  it("rolls back a failing migration completely and records nothing", async () => {
    const { url, sql } = await scratchDatabase();
    const dir = await migrationsDir({
      "20260101000000_ok": "CREATE TABLE probe (id INTEGER);",
      "20260101000001_broken": "CREATE TABLE half_done (id INTEGER);\nINSERT INTO missing_table VALUES (1);",
    });

    await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(/missing_table/);

    const rows = await sql`select migration_name from _prisma_migrations`;
    expect(rows.map((r) => r.migration_name)).toEqual(["20260101000000_ok"]);
    const [{ exists }] = await sql`select to_regclass('half_done') is not null as exists`;
    expect(exists).toBe(false);
  });

  it("refuses to continue after a migration that Prisma recorded as failed", async () => {
    const { url, sql } = await scratchDatabase();
    const dir = await migrationsDir({ "20260101000000_first": "CREATE TABLE probe (id INTEGER);" });
    await migrate(url, { migrationsDir: dir });
    // What `prisma migrate deploy` leaves behind when a migration fails half-way.
    await sql`update _prisma_migrations set finished_at = null, logs = 'boom'`;

    await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(/failed earlier/);
  });
});
