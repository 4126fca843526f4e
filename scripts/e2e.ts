/**
 * `npm run test:e2e` — browser tests against a real, throwaway installation: an embedded
 * PostgreSQL in a temp directory with migrations and demo data, the production build (rebuilt
 * when stale), the web server (scripts/serve.ts) on a free port (and a second instance of it for
 * the scale-out test), then Playwright. Everything is stopped afterwards, also when a step fails.
 * Extra arguments go to Playwright (`npm run test:e2e -- --grep smoke`).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { findFreePort } from "@/lib/db/free-port";
import { migrate } from "@/lib/db/migrate";

import { ensureBuild, ROOT } from "./build-hash";
import { startNextServer, waitForServer } from "./next-server";
import { warmUp } from "./warm-up";
import { startWorkerProcess } from "./worker-process";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PLAYWRIGHT_CLI = path.join(ROOT, "node_modules", "@playwright", "test", "cli.js");

const step = (line: string) => console.log(`[e2e] ${line}`);
const since = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const cleanups: (() => Promise<unknown>)[] = [];
const aborter = new AbortController();
let serverLog: string | undefined;

let cleaningUp: Promise<void> | undefined;
/** Stops everything started so far, newest first; every caller waits for the same run. */
function cleanup() {
  cleaningUp ??= (async () => {
    aborter.abort();
    for (const task of cleanups.reverse()) await task().catch((error) => console.error(error));
  })();
  return cleaningUp;
}

// Repeated signals (Ctrl-C reaches every process, launchers relay it again) must not cut the
// clean-up short, so the handler stays installed and only the first one acts.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (cleaningUp) return;
    console.error(`\n[e2e] ${signal}: stopping…`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  if (!existsSync(chromium)) {
    console.error(
      `Browser tests need Chromium, and there is none at ${chromium}.\n` +
        "Install it with Debian's packages (as root):\n" +
        "    apt-get update && apt-get install -y chromium fonts-noto-cjk\n" +
        "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
    return 1;
  }

  let started = Date.now();
  const pgDir = await mkdtemp(path.join(tmpdir(), "synergia-e2e-pg-"));
  const db = await startEmbeddedPostgres({ dataDir: pgDir, persistent: false });
  cleanups.push(db.stop);
  await migrate(db.url);
  step(`PostgreSQL on 127.0.0.1:${db.port}, migrated, in ${since(started)}`);

  started = Date.now();
  const { seedDemoIfEmpty } = await import("@/lib/seed");
  const { logins } = await seedDemoIfEmpty(db.url);
  step(`Seeded demo data (${logins.length} accounts) in ${since(started)}`);

  const port = await findFreePort();
  let portB = await findFreePort();
  while (portB === port) portB = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const baseUrlB = `http://127.0.0.1:${portB}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: baseUrl,
  };
  const build = await ensureBuild(env, { say: (line) => step(line), signal: aborter.signal });
  step(build.built ? `Built the app in ${(build.ms / 1000).toFixed(1)} s` : "The existing build is up to date");

  started = Date.now();
  const workDir = await mkdtemp(path.join(tmpdir(), "synergia-e2e-"));
  cleanups.push(() => rm(workDir, { recursive: true, force: true }));
  serverLog = path.join(workDir, "next.log");
  const logFd = openSync(serverLog, "a");
  // A second instance of the same build on the same database, for the test that proves that
  // instances share what they must (sessions, live updates through LISTEN/NOTIFY).
  const server = startNextServer({ port, hostname: "127.0.0.1", env, output: logFd });
  const serverB = startNextServer({ port: portB, hostname: "127.0.0.1", env: { ...env, NEXTAUTH_URL: baseUrlB }, output: logFd });
  cleanups.push(async () => {
    await Promise.all([server.stop(), serverB.stop()]);
    closeSync(logFd);
  });
  await Promise.all([waitForServer(baseUrl, server), waitForServer(baseUrlB, serverB)]);
  step(`App ready at ${baseUrl} and ${baseUrlB} in ${since(started)}`);
  started = Date.now();
  step(`Warmed ${await warmUp(baseUrl)} pages in ${since(started)}`);
  started = Date.now();
  step(`Warmed ${await warmUp(baseUrlB)} pages of the second instance in ${since(started)}`);
  // The mail worker too, as `npm start` runs it: mail then leaves the outbox as it would for users.
  const worker = startWorkerProcess({ env, output: logFd });
  cleanups.push(worker.stop);

  const code = await new Promise<number>((resolve, reject) => {
    const playwright = spawn(process.execPath, [PLAYWRIGHT_CLI, "test", ...process.argv.slice(2)], {
      cwd: ROOT,
      // The database too, for the few tests that must stage what no page can (a stalled job, an
      // outage: its cluster directory lets a test stop and restart PostgreSQL).
      env: {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        E2E_BASE_URL_B: baseUrlB,
        E2E_DATABASE_URL: db.url,
        E2E_PG_DATA_DIR: pgDir,
        CHROMIUM_PATH: chromium,
      },
      stdio: "inherit",
      signal: aborter.signal,
    });
    playwright.once("error", reject);
    playwright.once("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) printServerLog();
  return code;
}

function printServerLog() {
  if (!serverLog || !existsSync(serverLog)) return;
  const lines = readFileSync(serverLog, "utf8").trimEnd().split("\n").slice(-60);
  if (lines.join("").trim() === "") return;
  console.error(`\n[e2e] Last lines of the app's output:\n${lines.join("\n")}\n`);
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  if (!aborter.signal.aborted) {
    console.error(`\n[e2e] ${error instanceof Error ? error.message : String(error)}`);
    printServerLog();
  }
} finally {
  await cleanup();
}
process.exit(exitCode);
