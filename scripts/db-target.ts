/**
 * The database `npm run db:backup` and `db:restore` work on: DATABASE_URL (environment or .env),
 * otherwise the embedded PostgreSQL of `npm start` in .data/pg, started for the occasion when it
 * is not running.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { clusterServerPid, EMBEDDED_DATABASE, startEmbeddedPostgres } from "@/lib/db/embedded";

import { ROOT } from "./build-hash";

export type DbTarget = { url: string; describe: string; release: () => Promise<void> };

export async function openDatabase(): Promise<DbTarget> {
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  const external = process.env.DATABASE_URL;
  if (external) {
    const { hostname, port, pathname } = new URL(external);
    return { url: external, describe: `${hostname}:${port || 5432}${pathname}`, release: async () => {} };
  }
  const dataDir = path.join(ROOT, ".data", "pg");
  if (clusterServerPid(dataDir)) {
    // postmaster.pid: pid, data directory, start time, port, …
    const port = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[3]);
    const password = readFileSync(path.join(dataDir, "synergia-password"), "utf8").trim();
    const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
    return { url, describe: `the running embedded PostgreSQL (.data/pg, port ${port})`, release: async () => {} };
  }
  const db = await startEmbeddedPostgres({ dataDir, persistent: true });
  return { url: db.url, describe: "the embedded PostgreSQL (.data/pg)", release: db.stop };
}
