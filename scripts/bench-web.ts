/**
 * `npm run bench:web` — web latency under load, not a timed test. Seeds 10,000 projects and
 * 300,000 evidence items into a throwaway embedded PostgreSQL, serves the production build
 * (rebuilt when stale; run it under `flock /tmp/synergia-build.lock` next to other builds),
 * signs in through the credentials callback and drives loopback load with autocannon:
 * /api/health (the floor), the project list, a project page and evidence submission, measured
 * in the same run (plus `shell`, the lightest signed-in page, for reference), and `public`, an
 * anonymous visit to a published project on the public portal. Goal: each p95 ≤ 4× the health
 * p95 (`public` ≤ 2×), zero errors. The last line printed is one JSON object with the figures.
 * `BENCH_HOLD=1` keeps the seeded server up for profiling.
 */
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import autocannon from "autocannon";
import postgres from "postgres";

import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { findFreePort } from "@/lib/db/free-port";
import { migrate } from "@/lib/db/migrate";

import { signIn } from "./bench/sign-in";
import { BENCH_PROJECTS, EVIDENCE_PER_PROJECT, loadBenchData } from "./bench/web-data";
import { ensureBuild } from "./build-hash";
import { startNextServer, waitForServer } from "./next-server";

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 3);
const SCORED_SUBMISSIONS = 4;
const say = (line: string) => process.stderr.write(`[bench:web] ${line}\n`);

type Target = {
  name: "health" | "shell" | "list" | "project" | "submit" | "public";
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** A fresh body for each request (the submissions rotate over projects). */
  nextBody?: () => string;
};
type Figures = { p50: number; p95: number; requests: number; errors: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function multipart(boundary: string, payload: unknown): string {
  return `--${boundary}\r\nContent-Disposition: form-data; name="payload"\r\n\r\n${JSON.stringify(payload)}\r\n--${boundary}--\r\n`;
}

async function measure(base: string, target: Target, duration = DURATION_S): Promise<Figures> {
  const latencies: number[] = [];
  let failed = 0;
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}${target.path}`,
        method: target.method ?? "GET",
        headers: target.headers,
        body: target.body,
        requests: target.nextBody ? [{ setupRequest: (request) => ({ ...request, body: target.nextBody!() }) }] : undefined,
        connections: CONNECTIONS,
        duration,
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error);
        failed += result.errors + result.timeouts;
        resolve();
      },
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (status >= 400) failed++;
    });
  });
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), requests: latencies.length, errors: failed };
}

let serverLog: string | undefined;

async function main() {
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const dir = await mkdtemp(path.join(tmpdir(), "synergia-bench-pg-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const db = await startEmbeddedPostgres({ dataDir: dir, persistent: false });
    cleanups.push(db.stop);
    await migrate(db.url);
    const { seedDemoIfEmpty } = await import("@/lib/seed");
    await seedDemoIfEmpty(db.url, { NODE_ENV: "test" });
    let started = Date.now();
    const { projectId, indicatorId, submitProjectIds } = await loadBenchData(db.url);
    say(
      `seeded ${BENCH_PROJECTS} projects and ${BENCH_PROJECTS * EVIDENCE_PER_PROJECT} evidence items in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    // A project of the demo that all its partners agreed to publish, for the anonymous portal page.
    const sql = postgres(db.url, { max: 1 });
    const [published] = await sql<{ code: string }[]>`
      SELECT p.code FROM joint_projects p WHERE p.status = 'ACTIVE'
        AND NOT EXISTS (SELECT 1 FROM project_partners pp WHERE pp.project_id = p.id AND pp.status = 'ACCEPTED' AND NOT pp.publish_consent)
      ORDER BY p.code LIMIT 1`;
    await sql.end();

    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      LOG_LEVEL: "warn",
    };
    await ensureBuild(env, { say });
    started = Date.now();
    const logFile = path.join(dir, "next.log");
    const logFd = openSync(logFile, "a");
    const server = startNextServer({ port, hostname: "127.0.0.1", env, output: logFd });
    cleanups.push(async () => {
      await server.stop();
      closeSync(logFd);
    });
    serverLog = logFile;
    await waitForServer(base, server);
    say(`app ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // Li Wei (HIT) leads the bench projects, so the submissions are his to make. They go to
    // other projects than the measured page, in turn, as many partners' submissions would: all
    // of them on one project would queue on its row lock and grow the measured page.
    const cookie = await signIn(base, "li.wei@hit.demo");
    const boundary = `bench${randomBytes(8).toString("hex")}`;
    let turn = 0;
    const submission = (project = submitProjectIds[turn++ % submitProjectIds.length]) =>
      multipart(boundary, {
        projectId: project,
        intent: "submit",
        fields: {
          indicatorId,
          value: 3,
          periodStart: "2026-01-01",
          periodEnd: "2026-06-30",
          originalLocale: "zh",
          narrative: "基准测试证据。",
          translations: {},
          sourceUrl: "",
        },
      });
    const targets: Target[] = [
      { name: "health", path: "/api/health" },
      // Not a goal: the lightest signed-in page (app shell, one paragraph), to tell the cost of
      // rendering any page apart from the cost of our pages.
      { name: "shell", path: "/en/forbidden", headers: { cookie } },
      { name: "list", path: "/en/projects?sort=updated", headers: { cookie } },
      { name: "project", path: `/en/projects/${projectId}`, headers: { cookie } },
      // Anonymous: the public portal's page of a published project, served from the cache.
      { name: "public", path: `/ru/public/projects/${published.code}` },
    ];
    const submit: Target = {
      name: "submit",
      path: "/api/evidence",
      method: "POST",
      headers: { cookie, "content-type": `multipart/form-data; boundary=${boundary}` },
      body: submission(),
      nextBody: () => submission(),
    };
    targets.push(submit);
    // The measured project gets a score history through the real submission path, so its page
    // shows what a scored project shows (figures, charts, diagnostics, history), not "not assessed".
    for (let i = 0; i < SCORED_SUBMISSIONS; i++) {
      const res = await fetch(`${base}/api/evidence`, { method: "POST", headers: submit.headers, body: submission(projectId) });
      if (!res.ok) throw new Error(`scoring the measured project: /api/evidence answered ${res.status}`);
    }
    for (const t of targets) {
      const warm = await fetch(`${base}${t.path}`, { method: t.method ?? "GET", headers: t.headers, body: t.body });
      if (!warm.ok) throw new Error(`${t.name}: ${t.path} answered ${warm.status} before the run`);
    }
    // A server answers its first requests of each route slowly (modules load, code gets
    // compiled); the figures are about the steady state, so every route is loaded first.
    for (const t of targets) await measure(base, t, WARMUP_S);
    if (process.env.BENCH_HOLD) {
      // For profiling: keep the seeded server up and print what a load tool needs.
      say(`holding: base ${base}  cookie ${cookie}  project ${projectId}  (Ctrl-C to stop)`);
      await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
    }
    const figures: Record<string, Figures & { ratio: number }> = {};
    let floor = NaN;
    for (const t of targets) {
      const f = await measure(base, t);
      if (t.name === "health") floor = f.p95;
      figures[t.name] = { ...f, ratio: Number((f.p95 / floor).toFixed(2)) };
      say(
        `${t.name.padEnd(8)} p50 ${f.p50} ms  p95 ${f.p95} ms  ${f.requests} requests  ${f.errors} errors  ×${figures[t.name].ratio} of health p95`,
      );
    }
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } catch (error) {
    if (serverLog) say(`app output:\n${readFileSync(serverLog, "utf8").split("\n").slice(-40).join("\n")}`);
    throw error;
  } finally {
    for (const task of cleanups.reverse()) await task().catch((e) => say(String(e)));
  }
}

await main();
