/**
 * `npm start` — everything needed to use Synergia on one machine:
 * PostgreSQL (DATABASE_URL, or an embedded one kept in .data/pg), migrations, demo data for an
 * empty database, a production build when the sources changed, and the web server (scripts/serve.ts).
 * Ctrl-C stops the app and the embedded PostgreSQL.
 */
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { isPortFree } from "@/lib/db/free-port";
import { migrate } from "@/lib/db/migrate";
import { DEMO_TOTP_SECRET } from "@/lib/seed/demo-data";

import { ensureBuild, ROOT } from "./build-hash";
import { startNextServer, waitForServer, type NextServer } from "./next-server";
import { startWorkerProcess } from "./worker-process";

const DATA_DIR = path.join(ROOT, ".data");
const SECRET_FILE = path.join(DATA_DIR, "auth-secret");

const say = (line = "") => console.log(line);
const step = (line: string) => console.log(`• ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const since = (started: number) => seconds(Date.now() - started);

if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));

const cleanups: (() => Promise<void>)[] = [];
const aborter = new AbortController();
let shuttingDown: Promise<never> | undefined;

/** Stops whatever has been started, newest first, and exits. Safe to call more than once. */
function shutdown(code: number): Promise<never> {
  shuttingDown ??= (async () => {
    aborter.abort();
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error) => console.error(error));
    }
    process.exit(code);
  })();
  return shuttingDown;
}

// Ctrl-C reaches this process and its children at once, and launchers (npm, tsx) may relay it a
// second time; repeats are ignored. Stopping is bounded: the app and PostgreSQL are killed if
// they do not stop within their timeouts.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (shuttingDown) return;
    say("\nStopping Synergia…");
    void shutdown(0);
  });
}

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  if (!(await isPortFree(port))) {
    throw new Error(`Port ${port} is already in use. Stop what is using it, or pick another: PORT=3001 npm start`);
  }
  say("Starting Synergia");
  await mkdir(DATA_DIR, { recursive: true });
  // Started as root, PostgreSQL runs as the "postgres" user and must be able to enter .data/.
  if (process.getuid?.() === 0) await chmod(DATA_DIR, 0o755);

  const secret = process.env.NEXTAUTH_SECRET ?? (await loadOrCreateSecret());
  const databaseUrl = await database();

  let started = Date.now();
  const applied = await migrate(databaseUrl);
  step(
    applied.length ? `Applied ${applied.length} migration(s) in ${since(started)}: ${applied.join(", ")}` : "Database schema is up to date",
  );

  const logins = await seed(databaseUrl);

  const appUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
    PORT: String(port),
  };
  const build = await ensureBuild(env, { say: step, signal: aborter.signal });
  step(build.built ? `Built the app in ${seconds(build.ms)}` : "The existing build is up to date");

  started = Date.now();
  step(`Starting the web server on port ${port}…`);
  // Loopback only unless asked: the demo accounts share a published password.
  const server: NextServer = startNextServer({ port, hostname: process.env.HOST ?? "127.0.0.1", env });
  cleanups.push(server.stop);
  void server.exited.then((code) => {
    if (shuttingDown) return;
    console.error(`The web server stopped unexpectedly (exit code ${code}).`);
    void shutdown(code || 1);
  });
  await waitForServer(`http://127.0.0.1:${port}`, server);

  // The worker (pg-boss: e-mail delivery, daily digests, re-scoring) runs beside the web server
  // and is stopped before it, and before PostgreSQL.
  const worker = startWorkerProcess({ env });
  void worker.exited.then((code) => {
    if (!shuttingDown)
      console.error(`The worker stopped (exit code ${code}); e-mail and re-scoring stay queued until Synergia is restarted.`);
  });
  cleanups.push(worker.stop);
  step("Started the worker");

  say();
  say(`Synergia is running at ${appUrl}  (ready in ${since(started)})`);
  printLogins(logins);
  say("Press Ctrl-C to stop.");
}

/** DATABASE_URL when given; otherwise the embedded PostgreSQL in .data/pg. */
async function database(): Promise<string> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const url = new URL(external);
    step(`Using the database from DATABASE_URL (${url.hostname}:${url.port || 5432}${url.pathname})`);
    return external;
  }
  const started = Date.now();
  const dataDir = path.join(DATA_DIR, "pg");
  const firstRun = !existsSync(path.join(dataDir, "PG_VERSION"));
  step(firstRun ? "Creating the embedded PostgreSQL database in .data/pg…" : "Starting the embedded PostgreSQL (.data/pg)…");
  // PostgreSQL's own log goes to a file; start-up failures are also reported in the error.
  const logFile = createWriteStream(path.join(DATA_DIR, "postgres.log"), { flags: "a" });
  const db = await startEmbeddedPostgres({ dataDir, persistent: true, log: (line) => logFile.write(`${line}\n`) });
  cleanups.push(async () => {
    await db.stop();
    logFile.end();
    say("PostgreSQL stopped.");
  });
  step(`PostgreSQL is ready on 127.0.0.1:${db.port} (${since(started)}; log: .data/postgres.log)`);
  return db.url;
}

async function loadOrCreateSecret(): Promise<string> {
  const existing = await readFile(SECRET_FILE, "utf8").catch(() => "");
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  step("Generated a session secret in .data/auth-secret");
  return secret;
}

type Login = { email: string; password: string; role: string; organization?: string; twoFactor: boolean };

async function seed(databaseUrl: string): Promise<{ seeded: boolean; logins: Login[] } | undefined> {
  if (process.env.NODE_ENV === "production") {
    step("NODE_ENV=production: no demo data is created");
    return undefined;
  }
  // Imported late: the seed module loads the Prisma client, which only the seeding step needs.
  const { seedDemoIfEmpty } = await import("@/lib/seed");
  const started = Date.now();
  const result = await seedDemoIfEmpty(databaseUrl);
  step(result.seeded ? `Created demo data in ${since(started)}` : "Demo data already present");
  return result;
}

function printLogins(result: { seeded: boolean; logins: Login[] } | undefined) {
  if (!result || result.logins.length === 0) return;
  say();
  say(result.seeded ? "Demo accounts:" : "Demo accounts (unless they were changed since):");
  const width = Math.max(...result.logins.map((login) => login.email.length));
  for (const login of result.logins) {
    const org = login.organization ? `  ${login.organization}` : "";
    say(`  ${login.email.padEnd(width)}  ${login.password}  ${login.role}${login.twoFactor ? " (+ code)" : ""}${org}`);
  }
  if (result.logins.some((login) => login.twoFactor)) {
    say();
    say("Administrators and organizers also enter a code from an authenticator app (two-factor sign-in).");
    say(`The demo accounts share the key ${DEMO_TOTP_SECRET} (add it to the app), or print the`);
    say("current code with: npm run demo:code");
  }
  say();
}

main().catch(async (error: unknown) => {
  if (shuttingDown) return;
  console.error(`\nSynergia could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
