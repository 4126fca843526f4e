/**
 * The throwaway installation both benchmarks measure: an embedded PostgreSQL in a temp directory
 * (migrated, demo data seeded), the production build (rebuilt when stale) and `next start` on a
 * free port. `stop()` undoes everything, newest first, also after a failure part-way.
 */
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { findFreePort } from "@/lib/db/free-port";
import { migrate } from "@/lib/db/migrate";

import { ensureBuild } from "../build-hash";
import { startNextServer, waitForServer, type NextServer } from "../next-server";
import { openInspector } from "./inspector";

export type BenchApp = {
  dir: string;
  databaseUrl: string;
  /** The environment the app runs with (for more instances or a worker). */
  env: NodeJS.ProcessEnv;
  /** Starts one more `next start` of the same build on the same database; returns its base URL. */
  startInstance: () => Promise<string>;
  /** Base URLs of the running instances, first one first. */
  bases: string[];
  /** Process ids of the running instances, and of PostgreSQL's postmaster (for CPU accounting). */
  pids: () => { instances: number[]; postgres: number | undefined };
  /** The last lines of every instance's output, for error reports. */
  logTail: () => string;
  /**
   * The first instance's inspector address, opening it (SIGUSR1, port 9229) unless it is open:
   * after the measured runs only, since an inspector changes what it observes.
   */
  inspector: () => Promise<string>;
  /** Statements PostgreSQL has logged so far (counted while log_statement = 'all'). */
  statementsLogged: () => number;
  stop: () => Promise<void>;
};

export async function startBenchApp(options: {
  say: (line: string) => void;
  /** Runs after the demo seed and before the app starts (bulk data). */
  prepare?: (databaseUrl: string) => Promise<void>;
  /** Extra settings for the app (e.g. LOG_LEVEL). */
  env?: Partial<NodeJS.ProcessEnv>;
  /** false: serve the build as it is, even when sources changed since (profiling one build). */
  build?: boolean;
}): Promise<BenchApp> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const logs: string[] = [];
  const stop = async () => {
    for (const task of cleanups.reverse()) await task().catch((e) => options.say(String(e)));
    cleanups.length = 0;
  };
  try {
    const dir = await mkdtemp(path.join(tmpdir(), "synergia-bench-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    // A directory of its own: PostgreSQL runs as another user and takes it over.
    const pgDir = await mkdtemp(path.join(tmpdir(), "synergia-bench-pg-"));
    let statements = 0;
    const db = await startEmbeddedPostgres({
      dataDir: pgDir,
      persistent: false,
      log: (line) => {
        if (/\bLOG:\s+(statement|execute [^:]*):/.test(line)) statements++;
      },
    });
    cleanups.push(db.stop);
    await migrate(db.url);
    const { seedDemoIfEmpty } = await import("@/lib/seed");
    await seedDemoIfEmpty(db.url, { NODE_ENV: "test" });
    await options.prepare?.(db.url);

    // One NEXTAUTH_URL for every instance: sessions signed by one are valid on the others.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      LOG_LEVEL: "warn",
      ...options.env,
    };
    if (options.build !== false) await ensureBuild(env, { say: options.say });

    const bases: string[] = [];
    const instancePids: number[] = [];
    const startInstance = async () => {
      const port = await findFreePort();
      const base = `http://127.0.0.1:${port}`;
      const logFile = path.join(dir, `next-${bases.length + 1}.log`);
      const logFd = openSync(logFile, "a");
      const server: NextServer = startNextServer({
        port,
        hostname: "127.0.0.1",
        env: { ...env, NEXTAUTH_URL: env.NEXTAUTH_URL ?? base },
        output: logFd,
        // BENCH_PROFILE=dir: each instance writes a CPU profile there when it stops.
        // BENCH_INSPECT=1: each instance opens the inspector on a free port (its log names it),
        // for scripts/bench/profile-route.ts to profile one route at a time. Not by default: in
        // one A/B an inspector attached once before the runs cost 15–25 % of a page's CPU.
        nodeArgs: [
          ...(process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
          ...(process.env.BENCH_INSPECT ? ["--inspect=127.0.0.1:0"] : []),
        ],
        // Each instance in a session of its own, as separate services (units, containers) are:
        // with Linux's sched_autogroup, instances in the bench's session would share one
        // session's CPU on a busy machine, and a second one could add nothing.
        ownSession: true,
      });
      cleanups.push(async () => {
        await server.stop();
        closeSync(logFd);
      });
      logs.push(logFile);
      if (server.pid) instancePids.push(server.pid);
      await waitForServer(base, server);
      bases.push(base);
      return base;
    };
    await startInstance();
    const logTail = () =>
      logs.map((file) => `${path.basename(file)}:\n${readFileSync(file, "utf8").split("\n").slice(-40).join("\n")}`).join("\n");
    const pids = () => {
      // The first line of postmaster.pid is the postmaster's process id; backends are its children.
      const postmaster = Number(readFileSync(path.join(pgDir, "postmaster.pid"), "utf8").split("\n")[0]);
      return { instances: [...instancePids], postgres: Number.isInteger(postmaster) ? postmaster : undefined };
    };
    const inspector = () => openInspector(instancePids[0], () => readFileSync(logs[0], "utf8"));
    return { dir, databaseUrl: db.url, env, startInstance, bases, pids, logTail, inspector, statementsLogged: () => statements, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
