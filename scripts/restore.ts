/**
 * `npm run db:restore FILE` — restores a backup of `npm run db:backup` into an empty database
 * (DATABASE_URL, or a fresh embedded one in .data/pg) and its files into UPLOAD_DIR. A database
 * that holds any table is refused. See lib/db/backup.ts.
 */
import { existsSync } from "node:fs";
import path from "node:path";

import { directoryStore } from "@/lib/attachments/file-store";
import { restoreDatabase } from "@/lib/db/backup";

import { openDatabase } from "./db-target";

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(`Usage: npm run db:restore FILE  (a file written by npm run db:backup${file ? `; ${file} does not exist` : ""})`);
  process.exit(1);
}
const db = await openDatabase();
let code = 0;
try {
  const started = Date.now();
  const uploads = process.env.UPLOAD_DIR ? directoryStore(process.env.UPLOAD_DIR) : undefined;
  const summary = await restoreDatabase(db.url, path.resolve(file), uploads);
  const rows = Object.values(summary.tables).reduce((sum, n) => sum + n, 0);
  console.log(`Restored ${Object.keys(summary.tables).length} tables, ${rows} rows into ${db.describe}`);
  if (summary.files) console.log(`  and ${summary.files} attachment file(s) into ${uploads?.describe}`);
  console.log(`in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await db.release();
}
process.exit(code);
