import type { Direction } from "./types";
import { directions as checkDirections, matrix as checkMatrix, fail, oneOf, weightVector } from "./validate";

/**
 * TOPSIS closeness (Hwang & Yoon 1981; zhjx19/mathmodels topsis.md) per row:
 * v_ij = w_j·r_ij, d⁺ᵢ = ‖vᵢ − v⁺‖₂, d⁻ᵢ = ‖vᵢ − v⁻‖₂, Cᵢ = d⁻ᵢ / (d⁺ᵢ + d⁻ᵢ).
 * "vector" (default): r_ij = x_ij / √(Σᵢ x_ij²) (x ≥ 0), ideal = max for benefit, min for cost.
 * "minmax": r_ij = (x − min)/(max − min) for benefit, (max − x)/(max − min) for cost;
 * ideal = max r, anti-ideal = min r. A row at distance 0 from both ideals — every row
 * of an all-identical matrix — gets 0.5 instead of 0/0.
 */
export function topsis(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  directions: readonly Direction[],
  options: { normalization?: "vector" | "minmax" } = {},
): number[] {
  const n = checkMatrix(matrix, "matrix", 1);
  const m = matrix.length;
  weightVector(weights, n, "weights");
  const cost = checkDirections(directions, n, "directions");
  const normalization = oneOf(options.normalization ?? "vector", ["vector", "minmax"] as const, "normalization");

  const v = new Float64Array(m * n);
  const best = new Float64Array(n);
  const worst = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let min = Infinity;
    let max = -Infinity;
    let squares = 0;
    for (let i = 0; i < m; i++) {
      const x = matrix[i][j];
      if (normalization === "vector" && x < 0) {
        fail(`matrix[${i}][${j}]`, `must not be negative with vector normalization (got ${x})`);
      }
      if (x < min) min = x;
      if (x > max) max = x;
      squares += x * x;
    }
    const norm = Math.sqrt(squares);
    const range = max - min;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < m; i++) {
      const x = matrix[i][j];
      let r: number;
      if (normalization === "vector") r = norm > 0 ? x / norm : 0;
      else r = range > 0 ? (cost[j] ? (max - x) / range : (x - min) / range) : 0;
      const value = weights[j] * r;
      v[i * n + j] = value;
      if (value < lo) lo = value;
      if (value > hi) hi = value;
    }
    const benefitLike = normalization === "minmax" || !cost[j];
    best[j] = benefitLike ? hi : lo;
    worst[j] = benefitLike ? lo : hi;
  }

  const closeness = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    let dPlus = 0;
    let dMinus = 0;
    for (let j = 0; j < n; j++) {
      const x = v[i * n + j];
      dPlus += (x - best[j]) * (x - best[j]);
      dMinus += (x - worst[j]) * (x - worst[j]);
    }
    dPlus = Math.sqrt(dPlus);
    dMinus = Math.sqrt(dMinus);
    const total = dPlus + dMinus;
    closeness[i] = total > 0 ? dMinus / total : 0.5;
  }
  return closeness;
}
