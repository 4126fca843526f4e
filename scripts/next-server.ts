/** Runs the web server (scripts/serve.ts) as a child process for scripts/start.ts, e2e.ts and benchmarks. */
import path from "node:path";

import { buildEnv, ROOT } from "./build-hash";
import { startNodeChild, type ChildHandle } from "./child-process";

export type NextServer = ChildHandle;

export function startNextServer(options: {
  port: number;
  hostname?: string;
  env: NodeJS.ProcessEnv;
  /** Where the server's output goes; inherited by default. */
  output?: "inherit" | number;
  /** Options for Node itself (e.g. --cpu-prof for profiling). */
  nodeArgs?: string[];
  /** Its own session (see startNodeChild). */
  ownSession?: boolean;
}): NextServer {
  const args = [...(options.nodeArgs ?? []), "--import", "tsx", path.join(ROOT, "scripts", "serve.ts"), "--port", String(options.port)];
  if (options.hostname) args.push("--hostname", options.hostname);
  return startNodeChild(args, {
    env: buildEnv(options.env),
    output: options.output,
    stopTimeoutMs: 10_000,
    ownSession: options.ownSession,
  });
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
