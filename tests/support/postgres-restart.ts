import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

import postgres from "postgres";

import { clusterServerPid } from "@/lib/db/embedded";

/**
 * Stops and starts PostgreSQL on a cluster the way an operator or a supervisor would, outside the
 * launcher that first started it: fast shutdown of the running postmaster, then the same command
 * line again (PostgreSQL records it in postmaster.opts), as the `postgres` user when we are root.
 */
export async function stopPostgres(dataDir: string): Promise<void> {
  const pid = clusterServerPid(dataDir);
  if (!pid) throw new Error(`No PostgreSQL is running on ${dataDir}`);
  process.kill(pid, "SIGINT");
  while (clusterServerPid(dataDir) === pid) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Starts PostgreSQL again on `dataDir` and waits until `url` answers; returns the new pid. */
export async function startPostgresAgain(dataDir: string, url: string): Promise<number> {
  const opts = readFileSync(path.join(dataDir, "postmaster.opts"), "utf8").trim();
  const [command, ...args] = [...opts.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
  const asPostgres =
    process.getuid?.() === 0
      ? { uid: Number(execFileSync("id", ["-u", "postgres"])), gid: Number(execFileSync("id", ["-g", "postgres"])) }
      : {};
  const child = spawn(command, args, { ...asPostgres, detached: true, stdio: "ignore" });
  child.unref();
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 2 });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await sql`select 1`;
        break;
      } catch (error) {
        if (attempt > 300) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await sql.end({ timeout: 1 });
  }
  const pid = clusterServerPid(dataDir);
  if (!pid) throw new Error(`PostgreSQL did not come back on ${dataDir}`);
  return pid;
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
