import type { IndicatorTable } from "./catalog";
import type { Aggregation } from "./evidence";
import type { ScoringWarning } from "./types";

/**
 * Direction-aware linear normalization to [0,1] against [lower, upper] (goalposts or sample
 * min–max, UNDP HDI "dimension index" style): benefit (x − lower)/(upper − lower), cost
 * (upper − x)/(upper − lower), clipped to [0,1]; then a + (b − a)·r for a shift [a, b].
 */
export function normalizeCell(
  x: number,
  lower: number,
  upper: number,
  cost: number,
  shiftA: number,
  shiftB: number,
  shifted: boolean,
): number {
  let r = (cost === 1 ? upper - x : x - lower) / (upper - lower);
  r = r <= 0 ? 0 : r >= 1 ? 1 : r;
  return shifted ? shiftA + (shiftB - shiftA) * r : r;
}

export interface NormalizationBounds {
  lower: Float64Array;
  upper: Float64Array;
  cost: Uint8Array;
  shifted: boolean;
  shiftA: number;
  shiftB: number;
}

/** N = normalized counted raw values of rows [0, P) (0 where nothing counts). */
export function normalizeRows(agg: Aggregation, b: NormalizationBounds, out: Float64Array): void {
  const { K, P } = agg;
  for (let p = 0; p < P; p++) {
    const base = p * K;
    for (let j = 0; j < K; j++) {
      const cell = base + j;
      out[cell] = agg.item[cell] >= 0 ? normalizeCell(agg.raw[cell], b.lower[j], b.upper[j], b.cost[j], b.shiftA, b.shiftB, b.shifted) : 0;
    }
  }
}

/**
 * Sample min–max bounds over the latest counted raw value of every project. An indicator
 * with fewer than two distinct values has no range (a one-project portfolio always); it
 * keeps its catalog goalposts and the result carries a warning naming it.
 */
export function minmaxBounds(
  agg: Aggregation,
  table: IndicatorTable,
  goalLower: Float64Array,
  goalUpper: Float64Array,
  warnings: ScoringWarning[],
): { lower: Float64Array; upper: Float64Array } {
  const { K, P } = agg;
  const lower = new Float64Array(K);
  const upper = new Float64Array(K);
  const degenerate: string[] = [];
  for (let j = 0; j < K; j++) {
    let min = Infinity;
    let max = -Infinity;
    for (let p = 0; p < P; p++) {
      const cell = p * K + j;
      if (agg.item[cell] < 0) continue;
      const x = agg.raw[cell];
      if (x < min) min = x;
      if (x > max) max = x;
    }
    if (min < max) {
      lower[j] = min;
      upper[j] = max;
    } else {
      lower[j] = goalLower[j];
      upper[j] = goalUpper[j];
      degenerate.push(table.ids[j]);
    }
  }
  if (degenerate.length > 0) {
    warnings.push({
      key: "minmaxGoalpostFallback",
      values: { count: degenerate.length, indicators: degenerate.join(",") },
    });
  }
  return { lower, upper };
}
