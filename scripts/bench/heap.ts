/**
 * `bench:web`'s memory check: the first instance's heap after garbage collection before, between
 * and after two stretches of uninterrupted load on every signed-in route together (two
 * connections each, submissions included). The first stretch fills caches; in the second the
 * heap should level off. A chain of finished renders once grew it ~0.12 MB a request under this
 * load (193 → 367 MB in one stretch without scripts/abort-reasons.ts, whose workaround this keeps
 * honest across upgrades). Run after everything else, as opening the inspector (and forcing
 * collections) changes what the other figures measure.
 */
import type { BenchApp } from "./app";
import { heapAfterGcMB } from "./inspector";
import { measure, type Target } from "./load";

/** Uninterrupted load between two heap readings. */
const HEAP_LOAD_S = Number(process.env.BENCH_HEAP_SECONDS ?? 60);

export async function heapUnderLoad(app: BenchApp, targets: Target[], say: (line: string) => void) {
  const inspector = await app.inspector();
  const load = targets.filter((t) => !["health", "public"].includes(t.name));
  const readings = [await heapAfterGcMB(inspector)];
  let requests = 0;
  let errors = 0;
  for (let stretch = 0; stretch < 2; stretch++) {
    const runs = await Promise.all(load.map((t) => measure(app.bases[0], t, HEAP_LOAD_S, 2)));
    readings.push(await heapAfterGcMB(inspector));
    requests = runs.reduce((total, r) => total + r.requests, 0);
    errors += runs.reduce((total, r) => total + r.errors, 0);
  }
  const perThousand = Number((((readings[2] - readings[1]) / Math.max(1, requests)) * 1000).toFixed(1));
  say(
    `heap after garbage collection ${readings.join(" → ")} MB over two stretches of ${HEAP_LOAD_S} s of load; the second: ${requests} requests, ${perThousand} MB per 1,000 (${errors} errors)`,
  );
  return { readings, secondStretchRequests: requests, growthPerThousandMB: perThousand, errors };
}
