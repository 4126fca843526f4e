/** Runs the background worker (scripts/worker.ts) as a child process, for scripts/start.ts and scripts/e2e.ts. */
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./build-hash";

export type WorkerProcess = {
  /** Resolves with the exit code when the worker ends, for whatever reason. */
  exited: Promise<number>;
  /** SIGTERM (the worker finishes the jobs in hand), SIGKILL after 15 s. */
  stop: () => Promise<void>;
};

const STOP_TIMEOUT_MS = 15_000;

export function startWorkerProcess(options: { env: NodeJS.ProcessEnv; output?: "inherit" | number }): WorkerProcess {
  const output = options.output ?? "inherit";
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "worker.ts")], {
    cwd: ROOT,
    env: options.env,
    stdio: ["ignore", output, output],
  });
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal === "SIGTERM" ? 0 : 1)));
    child.once("error", () => resolve(1));
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };
  return { exited, stop };
}
