import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import postgres from "postgres";

/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql in order and records them in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does, so either tool can take over.
 * (Prisma's schema engine cannot run offline; this runner needs nothing but PostgreSQL.)
 *
 * Each migration runs in its own transaction together with its bookkeeping row, so a failure
 * leaves neither half-applied SQL nor a row behind. Migrations therefore must not contain
 * statements that refuse to run in a transaction (CREATE INDEX CONCURRENTLY and the like).
 */

export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** The advisory lock key `prisma migrate` uses, so this runner and Prisma's also exclude each other. */
const MIGRATION_LOCK_KEY = 72707369;

// Prisma's own definition of the table (schema engine, PostgreSQL flavour).
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type Migration = { name: string; script: string; checksum: string };

export type MigrateOptions = {
  log?: (message: string) => void;
  /** Defaults to prisma/migrations of this repository. */
  migrationsDir?: string;
};

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

/** Applies every pending migration; returns the names applied by this call. */
export async function migrate(databaseUrl: string, options: MigrateOptions = {}): Promise<string[]> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const sql = connect(databaseUrl);
  try {
    await sql.begin(async (tx) => {
      // Under the lock: two instances creating the table at once would collide on its type name,
      // and `prisma migrate deploy` keeps an unfinished row only while it holds the same lock.
      await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
      await tx.unsafe(CREATE_MIGRATIONS_TABLE);
      checkHistory(migrations, await readHistory(tx));
    });

    const applied: string[] = [];
    for (const migration of migrations) {
      const ran = await sql.begin(async (tx) => {
        // Taken per migration and re-checked under the lock: another instance that got here first
        // has committed its row by the time we hold the lock.
        await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
        const rows = await readHistory(tx, migration.name);
        if (rows.length > 0) {
          checkHistory([migration], rows);
          return false;
        }
        const [{ now: startedAt }] = await tx<{ now: Date }[]>`select clock_timestamp() as now`;
        await tx.unsafe(migration.script).simple();
        await tx`
          insert into "_prisma_migrations"
            (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
          values (${randomUUID()}, ${migration.checksum}, ${migration.name}, ${startedAt}, clock_timestamp(), 1)`;
        return true;
      });
      if (ran) {
        applied.push(migration.name);
        log(`Applied migration ${migration.name}`);
      }
    }
    return applied;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Migration folders in the order Prisma applies them (by name, i.e. by timestamp). */
export async function readMigrations(migrationsDir: string): Promise<Migration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const script = await readFile(file, "utf8").catch(() => {
        throw new MigrationError(`Migration folder ${name} has no migration.sql (${file})`);
      });
      return { name, script, checksum: sha256(script) };
    }),
  );
}

type HistoryRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

async function readHistory(sql: postgres.Sql | postgres.TransactionSql, name?: string) {
  // Rolled-back rows are history only: Prisma applies such a migration again.
  return sql<HistoryRow[]>`
    select migration_name, checksum, finished_at, rolled_back_at
    from "_prisma_migrations"
    where rolled_back_at is null ${name === undefined ? sql`` : sql`and migration_name = ${name}`}
    order by started_at`;
}

/** Refuses to continue on a failed migration or on a migration edited after it was applied. */
function checkHistory(migrations: Migration[], rows: HistoryRow[]) {
  const byName = new Map(migrations.map((migration) => [migration.name, migration]));
  for (const row of rows) {
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${row.migration_name} failed earlier and is still marked as started in _prisma_migrations. ` +
          `Repair the database, then mark it rolled back (prisma migrate resolve --rolled-back ${row.migration_name}).`,
      );
    }
    const migration = byName.get(row.migration_name);
    if (migration && !checksumMatches(migration.script, row.checksum)) {
      throw new MigrationError(
        `Migration ${row.migration_name} was changed after it was applied ` +
          `(checksum ${row.checksum} in the database, ${migration.checksum} on disk). ` +
          "Restore the original migration.sql and put the change in a new migration.",
      );
    }
  }
}

// Like Prisma, accept a file whose only change is Windows line endings (git autocrlf).
function checksumMatches(script: string, checksum: string) {
  return sha256(script) === checksum || sha256(script.replaceAll("\r\n", "\n")) === checksum;
}

function sha256(text: string) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Prisma URLs may carry `?schema=`; PostgreSQL itself only understands search_path. */
function connect(databaseUrl: string) {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  return postgres(url.toString(), {
    max: 1,
    onnotice: () => {},
    connection: { application_name: "synergia-migrate", ...(schema ? { search_path: schema } : {}) },
  });
}
