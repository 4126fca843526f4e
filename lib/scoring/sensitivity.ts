import { rowCoordination } from "./kernel";
import { preparePortfolio } from "./pipeline";
import { mulberry32 } from "./prng";
import { Ranker } from "./rank";
import { DIMENSIONS, type PortfolioInput, type ProjectSensitivity, type ScoringModel, type SensitivityResult } from "./types";
import { fail, finite, isRecord } from "./validate";

export const MAX_SENSITIVITY_RUNS = 100_000;
/** Every run's rank of every project is kept for the percentiles: 4 bytes each, ≤ 80 MB. */
export const MAX_SENSITIVITY_RANKS = 20_000_000;

/** Sample quantile, linear interpolation between order statistics (Hyndman & Fan 1996, type 7). */
export function quantile(sorted: Int32Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function checkOptions(options: { runs: number; noise: number; seed: number }): void {
  if (!isRecord(options)) fail("options", "must be an object");
  const runs = finite(options.runs, "runs");
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_SENSITIVITY_RUNS) {
    fail("runs", `must be a whole number in [1, ${MAX_SENSITIVITY_RUNS}] (got ${runs})`);
  }
  const noise = finite(options.noise, "noise");
  // noise < 1 keeps every perturbed weight positive, so no dimension can lose all weight.
  if (noise < 0 || noise >= 1) fail("noise", `must be in [0, 1) (got ${noise})`);
  if (!Number.isInteger(finite(options.seed, "seed"))) fail("seed", "must be a whole number");
}

/**
 * Monte Carlo weight sensitivity (DESIGN §5.10): each run multiplies every indicator weight
 * and every dimension weight α by (1 + ε), ε ~ U(−noise, +noise) from mulberry32(seed),
 * renormalizes (per dimension, and α overall), recomputes U, C, T, D on the frozen
 * normalized matrix and ranks projects by D (rank 1 = highest). Per project: the median
 * and the 5th/95th percentile rank. Random numbers are drawn in a fixed order (per run:
 * indicators in table order, then α), so the same seed gives the same result everywhere.
 */
export function sensitivity(
  input: PortfolioInput,
  model: ScoringModel,
  options: { runs: number; noise: number; seed: number },
): SensitivityResult {
  checkOptions(options);
  const { runs, noise, seed } = options;
  const { projects, cc, agg, N } = preparePortfolio(input, model);
  const P = projects.length;
  const K = cc.table.K;
  const dimStart = cc.table.dimStart;
  if (P * runs > MAX_SENSITIVITY_RANKS) {
    fail("runs", `runs × projects must not exceed ${MAX_SENSITIVITY_RANKS} (got ${runs} × ${P})`);
  }

  const x = new Float64Array(P * K);
  // Under the `zero` rule every indicator enters U (missing ones as 0), as in scoreRow.
  const zero = model.missingIndicators === "zero";
  const present = new Uint8Array(P * K);
  if (zero) present.fill(1);
  for (let cell = 0; cell < P * K; cell++) {
    if (agg.item[cell] >= 0) {
      present[cell] = 1;
      x[cell] = N[cell] * agg.factor[cell];
    }
  }

  const u = new Float64Array(DIMENSIONS.length);
  const ctd = new Float64Array(3);
  const d = new Float64Array(P);
  const ranker = new Ranker(P);
  const evaluate = (w: Float64Array, alpha: Float64Array) => {
    for (let p = 0; p < P; p++) {
      rowCoordination(x, present, p * K, w, dimStart, alpha, model.couplingVariant, u, ctd);
      d[p] = ctd[2];
    }
  };

  const baseRanks = new Int32Array(P);
  evaluate(cc.weight, cc.alpha);
  ranker.rank(d, baseRanks, 1, 0);

  const ranks = new Int32Array(P * runs);
  const random = mulberry32(seed);
  const w = new Float64Array(K);
  const alpha = new Float64Array(DIMENSIONS.length);
  for (let r = 0; r < runs; r++) {
    for (let j = 0; j < K; j++) w[j] = cc.weight[j] * (1 + (2 * random() - 1) * noise);
    for (let dim = 0; dim < DIMENSIONS.length; dim++) {
      let sum = 0;
      for (let j = dimStart[dim]; j < dimStart[dim + 1]; j++) sum += w[j];
      for (let j = dimStart[dim]; j < dimStart[dim + 1]; j++) w[j] /= sum;
    }
    let alphaSum = 0;
    for (let dim = 0; dim < alpha.length; dim++) {
      alpha[dim] = cc.alpha[dim] * (1 + (2 * random() - 1) * noise);
      alphaSum += alpha[dim];
    }
    for (let dim = 0; dim < alpha.length; dim++) alpha[dim] /= alphaSum;
    evaluate(w, alpha);
    ranker.rank(d, ranks, runs, r);
  }

  const out = new Array<ProjectSensitivity>(P);
  for (let p = 0; p < P; p++) {
    const own = ranks.subarray(p * runs, (p + 1) * runs).sort();
    out[p] = {
      projectId: projects[p].id,
      baseRank: baseRanks[p],
      medianRank: quantile(own, 0.5),
      p5Rank: quantile(own, 0.05),
      p95Rank: quantile(own, 0.95),
    };
  }
  return { runs, noise, seed, projects: out };
}
