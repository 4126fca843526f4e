import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import postgres from "postgres";
import { afterEach } from "vitest";

import { DEFAULT_MIGRATIONS_DIR, migrate, readMigrations } from "@/lib/db/migrate";

import { createScratchDatabase } from "./db";

const cleanups: (() => Promise<unknown>)[] = [];

/** For migration tests: drops what databaseBefore made after each test. Call once per file. */
export function cleanUpMigrationDatabases() {
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
}

/**
 * A scratch database migrated up to (not including) `migration`, so a test can insert data in
 * the old shape, and `finish` to apply that migration alone.
 */
export async function databaseBefore(migration: string) {
  const db = await createScratchDatabase();
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  const dir = await mkdtemp(path.join(tmpdir(), "synergia-migrations-"));
  cleanups.push(
    db.drop,
    () => sql.end({ timeout: 5 }),
    () => rm(dir, { recursive: true, force: true }),
  );
  const names = (await readMigrations(DEFAULT_MIGRATIONS_DIR)).map((m) => m.name);
  const copy = (name: string) => cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  for (const name of names.filter((n) => n < migration)) await copy(name);
  await migrate(db.url, { migrationsDir: dir });
  const finish = async () => {
    await copy(migration);
    return migrate(db.url, { migrationsDir: dir });
  };
  return { sql, finish };
}
