import type { IndicatorTable } from "./catalog";
import { columnDivergence, divergenceToWeights } from "./entropy";
import type { Aggregation } from "./evidence";
import { DIMENSIONS, type ScoringWarning, type WeightingConfig } from "./types";

/** Coefficients of the convex mix expert/entropy/equal that a weighting config stands for. */
export function mixOf(w: WeightingConfig): { expert: number; entropy: number; equal: number } {
  switch (w.kind) {
    case "expert":
      return { expert: 1, entropy: 0, equal: 0 };
    case "entropy":
      return { expert: 0, entropy: 1, equal: 0 };
    case "equal":
      return { expert: 0, entropy: 0, equal: 1 };
    case "mix":
      return { expert: w.expert, entropy: w.entropy, equal: w.equal };
  }
}

/**
 * Indicator weights inside each dimension (each dimension's slice sums to 1):
 * w = a·expert + b·entropy + c·equal (a + b + c = 1).
 * - expert: catalog weights / their sum in the dimension (all zero → equal, warned).
 * - entropy: entropy weight method on the normalized values N of the projects whose
 *   evidence counts, column by column over the projects that have that indicator (a
 *   missing value is not a zero). Fewer than 2 such projects in the dimension → the
 *   entropy part falls back to the expert weights (warned) instead of failing the
 *   portfolio; every column constant → equal (warned).
 */
export function indicatorWeights(
  table: IndicatorTable,
  expertRaw: Float64Array,
  N: Float64Array,
  agg: Aggregation,
  weighting: WeightingConfig,
  warnings: ScoringWarning[],
): Float64Array {
  const mix = mixOf(weighting);
  const { K, P } = agg;
  const out = new Float64Array(K);
  const column = new Float64Array(P);
  for (let d = 0; d < DIMENSIONS.length; d++) {
    const start = table.dimStart[d];
    const end = table.dimStart[d + 1];
    const n = end - start;
    const dimension = DIMENSIONS[d];

    let expertCache: Float64Array | null = null;
    const expert = (): Float64Array => {
      if (expertCache) return expertCache;
      let sum = 0;
      for (let j = start; j < end; j++) sum += expertRaw[j];
      if (!(sum > 0)) warnings.push({ key: "expertWeightsZero", values: { dimension } });
      expertCache = new Float64Array(n);
      for (let j = 0; j < n; j++) expertCache[j] = sum > 0 ? expertRaw[start + j] / sum : 1 / n;
      return expertCache;
    };

    let entropy: Float64Array | null = null;
    if (mix.entropy > 0) {
      let projects = 0;
      for (let p = 0; p < P; p++) {
        for (let j = start; j < end; j++) {
          if (agg.item[p * K + j] >= 0) {
            projects++;
            break;
          }
        }
      }
      if (projects < 2) {
        warnings.push({ key: "entropyInsufficientProjects", values: { dimension, projects } });
        entropy = expert();
      } else {
        const divergence = new Float64Array(n);
        for (let j = start; j < end; j++) {
          let m = 0;
          for (let p = 0; p < P; p++) {
            const cell = p * K + j;
            if (agg.item[cell] >= 0) column[m++] = N[cell];
          }
          divergence[j - start] = columnDivergence(column, m);
        }
        entropy = new Float64Array(n);
        if (!divergenceToWeights(divergence, n, entropy)) {
          warnings.push({ key: "entropyAllConstant", values: { dimension } });
        }
      }
    }

    const ex = mix.expert > 0 ? expert() : null;
    let total = 0;
    for (let j = 0; j < n; j++) {
      const w = (ex ? mix.expert * ex[j] : 0) + (entropy ? mix.entropy * entropy[j] : 0) + mix.equal / n;
      out[start + j] = w;
      total += w;
    }
    for (let j = start; j < end; j++) out[j] /= total;
  }
  return out;
}
