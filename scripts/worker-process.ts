/** Runs the background worker (scripts/worker.ts) as a child process, for scripts/start.ts and scripts/e2e.ts. */
import path from "node:path";

import { ROOT } from "./build-hash";
import { startNodeChild, type ChildHandle } from "./child-process";

/** The worker loads the services, which are server-only code (see scripts/server-only/register.mjs). */
export const WORKER_ARGS = [
  "--import",
  path.join(ROOT, "scripts", "server-only", "register.mjs"),
  "--import",
  "tsx",
  path.join(ROOT, "scripts", "worker.ts"),
];

/** SIGTERM lets the worker finish the jobs in hand; it is killed after 15 s. */
export function startWorkerProcess(options: { env: NodeJS.ProcessEnv; output?: "inherit" | number }): ChildHandle {
  return startNodeChild(WORKER_ARGS, { ...options, stopTimeoutMs: 15_000 });
}
