/**
 * `npm test` — the whole suite, cheapest first, stopping at the first failure:
 * types, lint, unit, integration (real PostgreSQL), browser (real app + Chromium), and a check
 * of the production build's browser bundle.
 */
import { spawn } from "node:child_process";
import path from "node:path";

import { ROOT } from "./build-hash";

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

const steps: { name: string; command: string; args: string[] }[] = [
  { name: "types", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", command: "npm", args: ["run", "--silent", "lint"] },
  { name: "unit", command: bin("vitest"), args: ["run", "--project", "unit"] },
  { name: "integration", command: bin("vitest"), args: ["run", "--project", "integration"] },
  // Not through the tsx CLI: its signal relay SIGKILLs a child that is slow to acknowledge a
  // signal, which would skip the e2e runner's clean-up.
  { name: "e2e", command: process.execPath, args: ["--import", "tsx", path.join("scripts", "e2e.ts")] },
  { name: "bundle", command: bin("vitest"), args: ["run", "--project", "build"] },
];

const results: { name: string; ok: boolean; ms: number }[] = [];
let current: ReturnType<typeof spawn> | undefined;

// Ctrl-C already reaches the running step (same terminal); a SIGTERM sent to this process alone
// (a CI cancelling the job) is passed on. Either way the step cleans up and this process then
// reports it as failed.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => current?.kill("SIGTERM"));

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    current = spawn(command, args, { cwd: ROOT, stdio: "inherit" });
    current.once("error", (error) => {
      console.error(error.message);
      resolve(1);
    });
    current.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function summary() {
  console.log("\nSummary");
  for (const { name, ok, ms } of results) {
    console.log(`  ${ok ? "✓" : "✗"} ${name.padEnd(12)} ${(ms / 1000).toFixed(1).padStart(6)} s`);
  }
  for (const { name } of steps.slice(results.length)) console.log(`  - ${name.padEnd(12)}   not run`);
}

for (const { name, command, args } of steps) {
  console.log(`\n▶ ${name}: ${[path.basename(command), ...args].join(" ")}`);
  const started = Date.now();
  const code = await run(command, args);
  results.push({ name, ok: code === 0, ms: Date.now() - started });
  if (code !== 0) {
    summary();
    console.error(`\n${name} failed (exit code ${code}).`);
    process.exit(code);
  }
}
summary();
process.exit(0);
