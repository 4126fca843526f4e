/** A Node child process that the launch scripts can await and stop (the web server, the worker). */
import { spawn } from "node:child_process";

import { ROOT } from "./build-hash";

export type ChildHandle = {
  /** The process id (for measuring what it uses). */
  pid: number | undefined;
  /** Resolves with the exit code when the process ends, for whatever reason (0 when stopped). */
  exited: Promise<number>;
  /** SIGTERM, then SIGKILL after `stopTimeoutMs`; every caller waits for the same stop. */
  stop: () => Promise<void>;
};

export function startNodeChild(
  args: string[],
  options: {
    env: NodeJS.ProcessEnv;
    output?: "inherit" | number;
    stopTimeoutMs: number;
    /** A session of its own (setsid), as a separate service has, for Linux's per-session CPU share. */
    ownSession?: boolean;
  },
): ChildHandle {
  const output = options.output ?? "inherit";
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: options.env,
    stdio: ["ignore", output, output],
    detached: options.ownSession,
  });
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal === "SIGTERM" || signal === "SIGINT" ? 0 : 1)));
    child.once("error", () => resolve(1));
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), options.stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };
  return { pid: child.pid, exited, stop };
}
