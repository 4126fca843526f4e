/**
 * A real, throwaway installation for browser tests and benchmarks: an embedded PostgreSQL in a
 * temp directory with migrations and demo data, the production build (rebuilt when stale), the
 * web server (scripts/serve.ts) on a free port, warmed up, and the mail worker as `npm start`
 * runs it. Used by scripts/e2e.ts (`test:e2e`, `test:security`) and `bench:reliability`.
 */
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { findFreePort } from "@/lib/db/free-port";
import { migrate } from "@/lib/db/migrate";

import { ensureBuild } from "./build-hash";
import { startNextServer, waitForServer } from "./next-server";
import { warmUp } from "./warm-up";
import { startWorkerProcess } from "./worker-process";

export type TestApp = {
  baseUrl: string;
  /** Every instance's address, the first being baseUrl. */
  baseUrls: string[];
  databaseUrl: string;
  /** The cluster directory: lets a test stop and restart PostgreSQL. */
  pgDataDir: string;
  /** The environment the server runs with. */
  env: NodeJS.ProcessEnv;
  /** The file the servers and the worker write their output to (an absolute path). */
  serverLog: string;
  /** The last lines of the server's output (for a failure report). */
  serverLogTail: (lines?: number) => string;
};

const since = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/**
 * Starts everything; each part's stop is pushed onto `cleanups` as soon as it runs, so the caller
 * stops what did start (newest first) even when a later step fails. `env` adds settings.
 */
export async function startTestApp(options: {
  say: (line: string) => void;
  signal: AbortSignal;
  cleanups: (() => Promise<unknown>)[];
  env?: Record<string, string>;
  /** Instances of the same build on the same database (2 for the scale-out test). */
  instances?: number;
}): Promise<TestApp> {
  const { say, signal, cleanups } = options;
  let started = Date.now();
  const pgDir = await mkdtemp(path.join(tmpdir(), "synergia-e2e-pg-"));
  const db = await startEmbeddedPostgres({ dataDir: pgDir, persistent: false });
  cleanups.push(db.stop);
  await migrate(db.url);
  say(`PostgreSQL on 127.0.0.1:${db.port}, migrated, in ${since(started)}`);

  started = Date.now();
  const { seedDemoIfEmpty } = await import("@/lib/seed");
  const { logins } = await seedDemoIfEmpty(db.url);
  say(`Seeded demo data (${logins.length} accounts) in ${since(started)}`);

  const ports: number[] = [];
  while (ports.length < (options.instances ?? 1)) {
    const port = await findFreePort();
    if (!ports.includes(port)) ports.push(port);
  }
  const baseUrls = ports.map((port) => `http://127.0.0.1:${port}`);
  const baseUrl = baseUrls[0];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: baseUrl,
  };
  const build = await ensureBuild(env, { say, signal });
  say(build.built ? `Built the app in ${(build.ms / 1000).toFixed(1)} s` : "The existing build is up to date");

  started = Date.now();
  const workDir = await mkdtemp(path.join(tmpdir(), "synergia-e2e-"));
  cleanups.push(() => rm(workDir, { recursive: true, force: true }));
  const serverLog = path.resolve(workDir, "next.log");
  const logFd = openSync(serverLog, "a");
  const servers = ports.map((port, i) =>
    startNextServer({ port, hostname: "127.0.0.1", env: { ...env, NEXTAUTH_URL: baseUrls[i] }, output: logFd }),
  );
  cleanups.push(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    closeSync(logFd);
  });
  await Promise.all(servers.map((server, i) => waitForServer(baseUrls[i], server)));
  say(`App ready at ${baseUrls.join(" and ")} in ${since(started)}`);
  started = Date.now();
  say(`Warmed ${await warmUp(baseUrls)} pages in ${since(started)}`);
  // The mail worker too, as `npm start` runs it: mail then leaves the outbox as it would for users.
  const worker = startWorkerProcess({ env, output: logFd });
  cleanups.push(worker.stop);

  const serverLogTail = (count = 60) =>
    existsSync(serverLog) ? readFileSync(serverLog, "utf8").trimEnd().split("\n").slice(-count).join("\n") : "";
  return { baseUrl, baseUrls, databaseUrl: db.url, pgDataDir: pgDir, env, serverLog, serverLogTail };
}
