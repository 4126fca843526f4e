/** Runs `next start` as a child process for scripts/start.ts and scripts/e2e.ts. */
import { spawn, type ChildProcess } from "node:child_process";
import { buildEnv, NEXT_BIN, ROOT } from "./build-hash";

export type NextServer = {
  /** Resolves with the exit code when the server process ends, for whatever reason. */
  exited: Promise<number>;
  stop: () => Promise<void>;
};

const STOP_TIMEOUT_MS = 10_000;

export function startNextServer(options: {
  port: number;
  hostname?: string;
  env: NodeJS.ProcessEnv;
  /** Where the server's output goes; inherited by default. */
  output?: "inherit" | number;
}): NextServer {
  const args = [NEXT_BIN, "start", "--port", String(options.port)];
  if (options.hostname) args.push("--hostname", options.hostname);
  const output = options.output ?? "inherit";
  const child = spawn(process.execPath, args, { cwd: ROOT, env: buildEnv(options.env), stdio: ["ignore", output, output] });
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal === "SIGTERM" || signal === "SIGINT" ? 0 : 1)));
    child.once("error", () => resolve(1));
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= terminate(child, exited);
    return stopping;
  };
  return { exited, stop };
}

async function terminate(child: ChildProcess, exited: Promise<number>) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Waits until the server answers its health check (GET /api/health → 200 {ok:true}), or, for an
 * app without that route, until `/` answers without a server error.
 */
export async function waitForServer(baseUrl: string, server: NextServer, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | undefined;
  void server.exited.then((code) => (exitCode = code));
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`The app exited during start-up (exit code ${exitCode}).`);
    try {
      const health = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (health.ok) return;
      last = `/api/health answered ${health.status}`;
      if (health.status === 404) {
        const home = await fetch(baseUrl, { signal: AbortSignal.timeout(5_000), redirect: "manual" });
        if (home.status < 500) return;
        last = `/ answered ${home.status}`;
      }
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The app did not become ready at ${baseUrl} within ${timeoutMs / 1000} s (${last}).`);
}
