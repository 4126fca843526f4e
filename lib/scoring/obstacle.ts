import { fail, vectorInRange, weightVector } from "./validate";

/**
 * Obstacle degree O_j = (1 − x_j)·w_j (obstacle degree model: factor contribution w_j ×
 * index deviation 1 − x_j; zhjx19/mathmodels system_evaluation.md). `normalize` divides
 * by ΣO (row normalization); an all-zero row stays all zero.
 */
export function obstacleDegrees(x: readonly number[], weights: readonly number[], options: { normalize?: boolean } = {}): number[] {
  vectorInRange(x, "x", 0, 1, 1);
  weightVector(weights, x.length, "weights");
  if (options.normalize !== undefined && typeof options.normalize !== "boolean") {
    fail("normalize", "must be a boolean");
  }
  const o = x.map((xj, j) => (1 - xj) * weights[j]);
  if (!options.normalize) return o;
  let sum = 0;
  for (const v of o) sum += v;
  return sum > 0 ? o.map((v) => v / sum) : o.map(() => 0);
}
