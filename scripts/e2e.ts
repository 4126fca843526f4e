/**
 * `npm run test:e2e` — browser tests against a real, throwaway installation (scripts/test-app.ts:
 * embedded PostgreSQL with demo data, the production build, the web server on a free port and a
 * second instance of it for the scale-out test), then Playwright. Everything is stopped
 * afterwards, also when a step fails. Extra arguments go to Playwright
 * (`npm run test:e2e -- --grep smoke`).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

import { ROOT } from "./build-hash";
import { startTestApp, type TestApp } from "./test-app";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PLAYWRIGHT_CLI = path.join(ROOT, "node_modules", "@playwright", "test", "cli.js");

const step = (line: string) => console.log(`[e2e] ${line}`);

const cleanups: (() => Promise<unknown>)[] = [];
const aborter = new AbortController();
let app: TestApp | undefined;

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

  const instance = await startTestApp({ say: step, signal: aborter.signal, cleanups, instances: 2 });
  app = instance;

  const code = await new Promise<number>((resolve, reject) => {
    const playwright = spawn(process.execPath, [PLAYWRIGHT_CLI, "test", ...process.argv.slice(2)], {
      cwd: ROOT,
      // The database too, for the few tests that must stage what no page can (a stalled job, an
      // outage: its cluster directory lets a test stop and restart PostgreSQL), and the servers'
      // log, for the probes that check what a request made them write.
      env: {
        ...process.env,
        E2E_BASE_URL: instance.baseUrl,
        E2E_BASE_URL_B: instance.baseUrls[1],
        E2E_DATABASE_URL: instance.databaseUrl,
        E2E_PG_DATA_DIR: instance.pgDataDir,
        E2E_SERVER_LOG: instance.serverLog,
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
  const tail = app?.serverLogTail().trim();
  if (tail) console.error(`\n[e2e] Last lines of the app's output:\n${tail}\n`);
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
