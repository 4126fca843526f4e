import { mulberry32 } from "./prng";
import { Ranker } from "./rank";
import { MAX_SENSITIVITY_RANKS, MAX_SENSITIVITY_RUNS, quantile } from "./sensitivity";
import { topsis } from "./topsis";
import type { Direction } from "./types";
import { matrix as checkMatrix, fail, finite, weightVector } from "./validate";

export type TopsisRankInterval = {
  /** Rank by the unperturbed TOPSIS closeness; 1 = closest to the ideal, ties share the best rank. */
  rank: number;
  closeness: number;
  /** 5th and 95th percentile of the rank over the runs (type-7 quantiles, may be fractional). */
  p5: number;
  p95: number;
};

export type TopsisSensitivityOptions = { runs: number; noise: number; seed: number };

/**
 * Rank intervals of a TOPSIS ranking under weight uncertainty: each run multiplies every
 * criterion weight by (1 + ε), ε ~ U(−noise, +noise) drawn from mulberry32(seed) in criterion
 * order, renormalizes, and ranks the rows by closeness. With vector normalization and positive
 * weights the ideal and anti-ideal scale with the weight, so the squared distances per criterion
 * are computed once and each run only re-weights them; at noise 0 every run reproduces `topsis`.
 */
export function topsisRankIntervals(
  rows: readonly (readonly number[])[],
  weights: readonly number[],
  directions: readonly Direction[],
  options: TopsisSensitivityOptions,
): TopsisRankInterval[] {
  const m = rows.length;
  if (m === 0) return [];
  const n = checkMatrix(rows, "matrix", 1);
  weightVector(weights, n, "weights");
  const runs = finite(options.runs, "runs");
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_SENSITIVITY_RUNS)
    fail("runs", `must be a whole number in [1, ${MAX_SENSITIVITY_RUNS}]`);
  if (m * runs > MAX_SENSITIVITY_RANKS) fail("runs", `runs × rows must not exceed ${MAX_SENSITIVITY_RANKS}`);
  const noise = finite(options.noise, "noise");
  if (noise < 0 || noise >= 1) fail("noise", `must be in [0, 1) (got ${noise})`);
  if (!Number.isInteger(finite(options.seed, "seed"))) fail("seed", "must be a whole number");
  for (let j = 0; j < n; j++) if (!(weights[j] > 0)) fail(`weights[${j}]`, "must be positive for rank intervals");

  const base = Float64Array.from(topsis(rows, weights, directions));
  const toBest = new Float64Array(m * n);
  const toWorst = new Float64Array(m * n);
  for (let j = 0; j < n; j++) {
    let squares = 0;
    for (let i = 0; i < m; i++) squares += rows[i][j] * rows[i][j];
    const norm = Math.sqrt(squares);
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < m; i++) {
      const r = norm > 0 ? rows[i][j] / norm : 0;
      if (r < lo) lo = r;
      if (r > hi) hi = r;
    }
    const [best, worst] = directions[j] === "cost" ? [lo, hi] : [hi, lo];
    for (let i = 0; i < m; i++) {
      const r = norm > 0 ? rows[i][j] / norm : 0;
      toBest[i * n + j] = (r - best) * (r - best);
      toWorst[i * n + j] = (r - worst) * (r - worst);
    }
  }

  const ranker = new Ranker(m);
  const baseRanks = new Int32Array(m);
  ranker.rank(base, baseRanks, 1, 0);
  const ranks = new Int32Array(m * runs);
  const random = mulberry32(options.seed);
  const w2 = new Float64Array(n);
  const closeness = new Float64Array(m);
  for (let run = 0; run < runs; run++) {
    let sum = 0;
    for (let j = 0; j < n; j++) {
      w2[j] = weights[j] * (1 + (2 * random() - 1) * noise);
      sum += w2[j];
    }
    for (let j = 0; j < n; j++) w2[j] = (w2[j] / sum) ** 2;
    for (let i = 0; i < m; i++) {
      let plus = 0;
      let minus = 0;
      for (let j = 0; j < n; j++) {
        plus += w2[j] * toBest[i * n + j];
        minus += w2[j] * toWorst[i * n + j];
      }
      const dPlus = Math.sqrt(plus);
      const total = dPlus + Math.sqrt(minus);
      closeness[i] = total > 0 ? Math.sqrt(minus) / total : 0.5;
    }
    ranker.rank(closeness, ranks, runs, run);
  }

  const out = new Array<TopsisRankInterval>(m);
  for (let i = 0; i < m; i++) {
    const own = ranks.subarray(i * runs, (i + 1) * runs).sort();
    out[i] = { rank: baseRanks[i], closeness: base[i], p5: quantile(own, 0.05), p95: quantile(own, 0.95) };
  }
  return out;
}
