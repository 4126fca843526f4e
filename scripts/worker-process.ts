/** Runs the background worker (scripts/worker.ts) as a child process, for scripts/start.ts and scripts/e2e.ts. */
import path from "node:path";

import { ROOT } from "./build-hash";
import { startNodeChild, type ChildHandle } from "./child-process";

/** SIGTERM lets the worker finish the jobs in hand; it is killed after 15 s. */
export function startWorkerProcess(options: { env: NodeJS.ProcessEnv; output?: "inherit" | number }): ChildHandle {
  return startNodeChild(["--import", "tsx", path.join(ROOT, "scripts", "worker.ts")], { ...options, stopTimeoutMs: 15_000 });
}
