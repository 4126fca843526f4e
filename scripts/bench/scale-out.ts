/**
 * `BENCH_INSTANCES=2` in `bench:web`: the list page's throughput through a round-robin balancer
 * with one app instance and with two on the same PostgreSQL, with the cores each part used.
 */
import { readFileSync } from "node:fs";

import type { BenchApp } from "./app";
import { machineCpuSeconds } from "./cpu";
import { coresWhile, DURATION_S, measure, WARMUP_S, type Figures, type Target } from "./load";
import { startRoundRobin } from "./round-robin";

export const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 1);
/** Enough concurrent clients to keep two instances busy in the throughput runs. */
const SCALE_CONNECTIONS = Number(process.env.BENCH_SCALE_CONNECTIONS ?? 16);

const instanceCores = (cores: Record<string, number>) =>
  Object.entries(cores).reduce((sum, [name, used]) => (name.startsWith("instance") ? sum + used : sum), 0);

function autogroup(): boolean {
  try {
    return readFileSync("/proc/sys/kernel/sched_autogroup_enabled", "utf8").trim() === "1";
  } catch {
    return false;
  }
}

/** Cores the machine leaves idle over a few quiet seconds, before any load of ours. */
async function freeCores(seconds = 3): Promise<{ free: number; cores: number }> {
  const before = machineCpuSeconds();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const after = machineCpuSeconds();
  const cores = (after.total - before.total) / seconds;
  return { free: Number((cores - (after.busy - before.busy) / seconds).toFixed(2)), cores: Math.round(cores) };
}

/**
 * Throughput of the list page through the round-robin balancer with one instance and with a
 * second `next start` of the same build on the same database: the ratio of requests per second,
 * measured the same way in the same run, with the cores each part used. The runs go one, two,
 * two, one, so that a machine whose other work grows or shrinks during the runs weighs on both
 * sides alike; the new instance first gets as much load of its own as the first one had before
 * its measured runs (a cold instance's code is not yet compiled by V8).
 */
export async function measureScaleOut(app: BenchApp, list: Target, say: (line: string) => void) {
  const free = await freeCores();
  say(`scale-out: ${free.free} of ${free.cores} cores free before the runs (other work on the machine takes the rest)`);
  if (autogroup())
    // Linux then shares the CPU between sessions first; each instance has a session of its own
    // (startBenchApp), so on a busy machine a second instance gets a second share, as a second
    // service would.
    say("scale-out: the kernel shares the CPU between sessions (sched_autogroup); each instance has its own");
  const first = app.bases.slice(0, 1);
  const proxy = await startRoundRobin(first);
  try {
    await measure(proxy.url, list, WARMUP_S, SCALE_CONNECTIONS);
    while (app.bases.length < INSTANCES) {
      const base = await app.startInstance();
      await measure(base, list, 2 * WARMUP_S + DURATION_S, SCALE_CONNECTIONS);
    }
    const many = app.bases.slice();
    const runs: { n: number; figures: Figures; cores: Record<string, number> }[] = [];
    for (const targets of [first, many, many, first]) {
      proxy.use(targets);
      const run = await coresWhile(app, () => measure(proxy.url, list, DURATION_S, SCALE_CONNECTIONS));
      runs.push({ n: targets.length, figures: run.result, cores: run.cores });
      say(
        `scale-out: ${targets.length} instance(s) ${run.result.perSecond} requests/s  p95 ${run.result.p95} ms  cores ${JSON.stringify(run.cores)}`,
      );
    }
    const sum = (n: number) => {
      const of = runs.filter((r) => r.n === n);
      const requests = of.reduce((total, r) => total + r.figures.requests, 0);
      const cores = of.reduce((total, r) => total + instanceCores(r.cores), 0) / of.length;
      return { perSecond: requests / (of.length * DURATION_S), cores };
    };
    const one = sum(1);
    const two = sum(many.length);
    const ratio = Number((two.perSecond / one.perSecond).toFixed(2));
    // Requests per second per core the instances actually got: when the machine has no free
    // cores, a second instance cannot add throughput, but this says whether its cycles serve as
    // many requests as the first one's (nothing shared between them holds them back).
    const perCoreRatio = Number((two.perSecond / two.cores / (one.perSecond / one.cores)).toFixed(2));
    say(`scale-out: ×${ratio} requests/s with ${many.length} instances, ×${perCoreRatio} per instance core`);
    return {
      ratio,
      perCoreRatio,
      freeCores: free.free,
      autogroup: autogroup(),
      errors: runs.reduce((total, r) => total + r.figures.errors, 0),
      runs: runs.map((r) => ({ instances: r.n, ...r.figures, cores: r.cores })),
    };
  } finally {
    await proxy.close();
  }
}
