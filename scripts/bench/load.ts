/**
 * Loopback load for `bench:web`: a route to drive (`Target`), its latency figures under
 * closed-loop clients (autocannon), the statements PostgreSQL runs for one request, and the
 * cores each part of the installation used meanwhile.
 */
import autocannon from "autocannon";
import postgres from "postgres";

import type { BenchApp } from "./app";
import { machineCpuSeconds, treeCpuSeconds } from "./cpu";

export const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
export const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 3);

export type Target = {
  name: "health" | "shell" | "list" | "project" | "submit" | "public" | "portfolio" | "ranking" | "map";
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** A fresh body for each request (the submissions rotate over projects). */
  nextBody?: () => string;
};
export type Figures = { p50: number; p95: number; requests: number; errors: number; perSecond: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function measure(base: string, target: Target, duration = DURATION_S, connections = CONNECTIONS): Promise<Figures> {
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
        connections,
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
  // A route that answered nothing within the run measured nothing: an error, not a blank figure.
  if (latencies.length === 0) failed++;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    requests: latencies.length,
    errors: failed,
    perSecond: Number((latencies.length / duration).toFixed(1)),
  };
}

/**
 * Statements PostgreSQL runs per request of `target`: with log_statement = 'all' for the
 * duration, the statements it logged across `n` sequential requests.
 */
export async function queriesPer(app: BenchApp, target: Target, n = 10): Promise<number> {
  const sql = postgres(app.databaseUrl, { max: 1, onnotice: () => {} });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
  try {
    await sql`ALTER SYSTEM SET log_statement = 'all'`;
    await sql`SELECT pg_reload_conf()`;
    await settle();
    const before = app.statementsLogged();
    for (let i = 0; i < n; i++) {
      const res = await fetch(`${app.bases[0]}${target.path}`, {
        method: target.method ?? "GET",
        headers: target.headers,
        body: target.nextBody?.() ?? target.body,
      });
      await res.arrayBuffer();
    }
    await settle();
    return Math.round((app.statementsLogged() - before) / n);
  } finally {
    await sql`ALTER SYSTEM RESET log_statement`;
    await sql`SELECT pg_reload_conf()`;
    await sql.end({ timeout: 5 });
  }
}

/** Cores used by each part while `work` runs: the app instances, PostgreSQL, this process (load and balancer), the machine. */
export async function coresWhile<T>(
  app: BenchApp,
  work: () => Promise<T>,
): Promise<{ result: T; cores: Record<string, number>; seconds: number }> {
  const { instances, postgres: pg } = app.pids();
  const sample = () => ({
    instances: instances.map(treeCpuSeconds),
    postgres: pg ? treeCpuSeconds(pg) : NaN,
    bench: process.cpuUsage(),
    machine: machineCpuSeconds(),
    at: performance.now(),
  });
  const before = sample();
  const result = await work();
  const after = sample();
  const seconds = (after.at - before.at) / 1000;
  const per = (used: number) => Number((used / seconds).toFixed(2));
  return {
    result,
    seconds,
    cores: {
      ...Object.fromEntries(instances.map((_, i) => [`instance${i + 1}`, per(after.instances[i] - before.instances[i])])),
      postgres: per(after.postgres - before.postgres),
      loadAndBalancer: per((after.bench.user + after.bench.system - before.bench.user - before.bench.system) / 1e6),
      machine: per(after.machine.busy - before.machine.busy),
      machineCores: Math.round((after.machine.total - before.machine.total) / seconds),
    },
  };
}
