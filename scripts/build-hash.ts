/**
 * Builds the app only when something that goes into the build changed: a hash over the sources,
 * configs and lockfile is stored next to the build output and compared on the next start.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const STAMP = path.join(ROOT, ".next", "synergia-build-hash");

// Everything else in the repository counts (app/, components/, lib/, messages/, public/, proxy.ts,
// configs, package-lock.json, .env files): excluding is safer than listing, new folders count.
const SKIPPED_DIRS = new Set(["node_modules", "tests", "scripts", "test-results", "playwright-report", "coverage", "uploads"]);
const SKIPPED_FILES = new Set([
  "next-env.d.ts", // rewritten by every build
  "Dockerfile",
  "docker-compose.yml",
  "playwright.config.ts",
  "vitest.config.ts",
  ".env.example",
]);

export async function buildHash(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await sourceFiles(ROOT)) {
    hash
      .update(path.relative(ROOT, file))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  }
  return hash.digest("hex");
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Dot folders (.git, .next, .data, .ci) never feed the build.
      if (!entry.name.startsWith(".") && !SKIPPED_DIRS.has(entry.name)) files.push(...(await sourceFiles(full)));
    } else if (entry.isFile()) {
      const dotFile = entry.name.startsWith(".");
      const skipped =
        SKIPPED_FILES.has(entry.name) ||
        entry.name.endsWith(".md") ||
        entry.name.endsWith(".tsbuildinfo") ||
        (dotFile && !entry.name.startsWith(".env"));
      if (!skipped) files.push(full);
    }
  }
  return files;
}

/** Runs `next build` unless the existing build matches the current sources. */
export async function ensureBuild(
  env: NodeJS.ProcessEnv,
  options: { say: (line: string) => void; signal?: AbortSignal },
): Promise<{ built: boolean; ms: number }> {
  const { say, signal } = options;
  const started = Date.now();
  const hash = await buildHash();
  const previous = await readFile(STAMP, "utf8").catch(() => "");
  if (previous.trim() === hash && existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return { built: false, ms: 0 };

  say(
    existsSync(path.join(ROOT, ".next", "BUILD_ID"))
      ? "Sources changed since the last build; rebuilding…"
      : "Building the app (first run takes a few minutes)…",
  );
  await rm(STAMP, { force: true });
  const code = await run(process.execPath, [NEXT_BIN, "build"], buildEnv(env), signal);
  if (code !== 0) throw new Error(`next build failed (exit code ${code}); see its output above.`);
  await writeFile(STAMP, `${hash}\n`);
  return { built: true, ms: Date.now() - started };
}

/** The environment for `next build` / `next start`: no telemetry, and Next decides NODE_ENV. */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_ENV, ...rest } = env;
  return { ...rest, ...(NODE_ENV === "production" ? { NODE_ENV } : {}), NEXT_TELEMETRY_DISABLED: "1" } as NodeJS.ProcessEnv;
}

/** Runs a command with inherited output; aborting `signal` terminates it. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit", signal, killSignal: "SIGTERM" });
    child.once("error", reject);
    child.once("exit", (code, exitSignal) => resolve(code ?? (exitSignal ? 128 : 1)));
  });
}
