/**
 * `npm run db:backup [FILE]` — a consistent backup of the database and the attachment files
 * under UPLOAD_DIR, in one file (default backups/synergia-<time>.backup). See lib/db/backup.ts.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";

import { directoryStore } from "@/lib/attachments/file-store";
import { backupDatabase } from "@/lib/db/backup";

import { ROOT } from "./build-hash";
import { openDatabase } from "./db-target";

const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
const file = path.resolve(process.argv[2] ?? path.join(ROOT, "backups", `synergia-${stamp}.backup`));
const db = await openDatabase();
let code = 0;
try {
  await mkdir(path.dirname(file), { recursive: true });
  const started = Date.now();
  const uploads = process.env.UPLOAD_DIR ? directoryStore(process.env.UPLOAD_DIR) : undefined;
  const summary = await backupDatabase(db.url, file, uploads);
  const rows = Object.values(summary.tables).reduce((sum, n) => sum + n, 0);
  console.log(`Backed up ${db.describe}: ${Object.keys(summary.tables).length} tables, ${rows} rows`);
  if (uploads) console.log(`  and ${summary.files} attachment file(s) from ${uploads.describe} (${summary.bytes} bytes)`);
  console.log(`to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await db.release();
}
process.exit(code);
