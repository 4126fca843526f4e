import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { directoryStore } from "@/lib/attachments/file-store";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { migrate } from "@/lib/db/migrate";
import { seedDemoIfEmpty } from "@/lib/seed";

import { createScratchDatabase } from "./helpers/db";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function rowCounts(sql: postgres.Sql): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }[]>`
    select tablename as name from pg_tables where schemaname = current_schema() order by tablename`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) [{ n: counts[name] }] = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(name)}`;
  return counts;
}

/**
 * `npm run db:backup` / `db:restore` on real data: the demo plus attachments both in PostgreSQL
 * and as files in an upload directory, backed up, restored into another empty database and
 * upload directory, and compared.
 */
describe("backup and restore", () => {
  let work: string;
  const dropLater: (() => Promise<void>)[] = [];
  const clients: postgres.Sql[] = [];
  const open = (url: string) => {
    const sql = postgres(url, { max: 2, onnotice: () => {} });
    clients.push(sql);
    return sql;
  };

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "synergia-backup-test-"));
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end({ timeout: 5 })));
    for (const drop of dropLater) await drop();
    await rm(work, { recursive: true, force: true });
  });

  // Seeding the demo twice over (migrate, seed, back up, restore) is minutes of work on a busy machine.
  it("restores the demo with its attachments into an empty database, and refuses a non-empty one", { timeout: 300_000 }, async () => {
    const source = await createScratchDatabase();
    const target = await createScratchDatabase();
    dropLater.push(source.drop, target.drop);
    await migrate(source.url);
    await seedDemoIfEmpty(source.url);
    const a = open(source.url);

    // Attachments on demo evidence: three in PostgreSQL, three as files under the upload directory.
    const sourceFiles = path.join(work, "uploads-a");
    const evidence = await a<{ id: string; user: string }[]>`
      select id, submitted_by_id as "user" from evidence order by created_at limit 6`;
    expect(evidence).toHaveLength(6);
    for (const [i, e] of evidence.entries()) {
      const id = randomUUID();
      const bytes = randomBytes(2048 + i * 1000);
      const storagePath = i % 2 ? path.join("evidence", e.id, id) : null;
      if (storagePath) {
        await mkdir(path.dirname(path.join(sourceFiles, storagePath)), { recursive: true });
        await writeFile(path.join(sourceFiles, storagePath), bytes);
      }
      await a`insert into evidence_attachments (id, evidence_id, file_name, mime_type, size, sha256, data, storage_path, uploaded_by_id)
              values (${id}, ${e.id}, ${`report-${i}.pdf`}, 'application/pdf', ${bytes.byteLength}, ${sha256(bytes)},
                      ${storagePath ? null : bytes}, ${storagePath}, ${e.user})`;
    }

    const file = path.join(work, "demo.backup");
    const backup = await backupDatabase(source.url, file, directoryStore(sourceFiles));
    expect(backup.files).toBe(3);

    const targetFiles = path.join(work, "uploads-b");
    await restoreDatabase(target.url, file, directoryStore(targetFiles));
    const b = open(target.url);

    // Every table, the migration history included, holds as many rows as the source.
    const [before, after] = await Promise.all([rowCounts(a), rowCounts(b)]);
    expect(after).toEqual(before);
    expect(after.joint_projects).toBeGreaterThan(30);
    expect(after.audit_log).toBeGreaterThan(0);

    // The attachments' bytes (the demo's and the six above), in the database and as files, match
    // their checksums.
    const restored = await b<{ sha256: string; data: Buffer | null; storage_path: string | null }[]>`
      select sha256, data, storage_path from evidence_attachments order by id`;
    expect(restored).toHaveLength(before.evidence_attachments);
    expect(restored.filter((row) => row.storage_path)).toHaveLength(3);
    for (const row of restored) {
      const bytes = row.data ?? (await readFile(path.join(targetFiles, row.storage_path!)));
      expect(sha256(bytes)).toBe(row.sha256);
    }
    // Sequences continue after the restored rows: a new audit entry takes a fresh id.
    const [{ max }] = await b<{ max: string }[]>`select max(id)::text as max from audit_log`;
    const [{ id }] = await b<{ id: string }[]>`
      insert into audit_log (action, entity_type, entity_id) values ('test.restore', 'Database', '1') returning id::text`;
    expect(BigInt(id)).toBeGreaterThan(BigInt(max));

    // A second restore into the now non-empty database is refused and changes nothing.
    await expect(restoreDatabase(target.url, file, directoryStore(path.join(work, "uploads-c")))).rejects.toThrow(/not empty/);
    expect((await rowCounts(b)).audit_log).toBe(after.audit_log + 1);
  });
});
