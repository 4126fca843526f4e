import type { Direction } from "./types";
import { directions as checkDirections, matrix as checkMatrix, fail, oneOf, shiftInterval } from "./validate";

/**
 * Degree of divergence d = 1 − e of one column of m non-negative values, entropy weight
 * method (Shannon 1948; Zavadskas & Podvezko 2016, Int. J. Inf. Technol. Decis. Mak. 15(2)):
 * pᵢ = xᵢ / Σx, e = −(1/ln m) Σ pᵢ ln pᵢ with 0·ln 0 = 0.
 * A constant column carries no information and gets exactly d = 0 (the formula only gets
 * there up to rounding); so does a column with fewer than two values.
 */
export function columnDivergence(column: ArrayLike<number>, m: number): number {
  if (m < 2) return 0;
  const first = column[0];
  let constant = true;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    sum += column[i];
    if (column[i] !== first) constant = false;
  }
  if (constant || !(sum > 0)) return 0;
  let h = 0;
  for (let i = 0; i < m; i++) {
    const p = column[i] / sum;
    if (p > 0) h -= p * Math.log(p);
  }
  const d = 1 - h / Math.log(m);
  return d > 0 ? d : 0;
}

/** w_j = d_j / Σd; equal weights when every d_j is 0 (all columns constant). */
export function divergenceToWeights(d: ArrayLike<number>, n: number, out: Float64Array): boolean {
  let sum = 0;
  for (let j = 0; j < n; j++) sum += d[j];
  if (!(sum > 0)) {
    for (let j = 0; j < n; j++) out[j] = 1 / n;
    return false;
  }
  for (let j = 0; j < n; j++) out[j] = d[j] / sum;
  return true;
}

export interface EntropyOptions {
  /**
   * Default "raw": shares of the raw values (all ≥ 0, benefit only), the textbook method.
   * "minmax": each column mapped direction-aware to [0,1], then to `shift` when given.
   */
  normalization?: "raw" | "minmax";
  directions?: readonly Direction[];
  shift?: readonly [number, number];
}

/**
 * Entropy weights of the columns (indicators) of `matrix` (rows = alternatives, ≥ 2).
 * minmax: x' = (x − min)/(max − min) for benefit, (max − x)/(max − min) for cost, then
 * x'' = a + (b − a)·x' for shift [a, b] (zhjx19/mathmodels entropy_weight.md uses
 * [0.002, 0.998] so that no share is 0).
 */
export function entropyWeights(matrix: readonly (readonly number[])[], options: EntropyOptions = {}): number[] {
  const n = checkMatrix(matrix, "matrix", 2);
  const m = matrix.length;
  const normalization = oneOf(options.normalization ?? "raw", ["raw", "minmax"] as const, "normalization");
  const cost = options.directions === undefined ? null : checkDirections(options.directions, n, "directions");
  const shift = options.shift === undefined ? null : shiftInterval(options.shift, "shift");

  const column = new Float64Array(m);
  const d = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    if (normalization === "raw") {
      if (cost?.[j]) fail(`directions[${j}]`, 'a cost column needs normalization "minmax"');
      if (shift) fail("shift", 'only applies with normalization "minmax"');
      for (let i = 0; i < m; i++) {
        const x = matrix[i][j];
        if (x < 0) fail(`matrix[${i}][${j}]`, `must not be negative with raw shares (got ${x})`);
        column[i] = x;
      }
    } else {
      minmaxColumn(matrix, j, cost?.[j] ?? false, shift, column);
    }
    d[j] = isConstant(matrix, j) ? 0 : columnDivergence(column, m);
  }
  const w = new Float64Array(n);
  divergenceToWeights(d, n, w);
  return Array.from(w);
}

function isConstant(matrix: readonly (readonly number[])[], j: number): boolean {
  for (let i = 1; i < matrix.length; i++) if (matrix[i][j] !== matrix[0][j]) return false;
  return true;
}

function minmaxColumn(
  matrix: readonly (readonly number[])[],
  j: number,
  cost: boolean,
  shift: [number, number] | null,
  out: Float64Array,
): void {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < matrix.length; i++) {
    const x = matrix[i][j];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const range = max - min;
  for (let i = 0; i < matrix.length; i++) {
    const x = matrix[i][j];
    // A constant column has no range; its weight is 0 whatever value it maps to.
    const v = range > 0 ? (cost ? (max - x) / range : (x - min) / range) : 0;
    out[i] = shift ? shift[0] + (shift[1] - shift[0]) * v : v;
  }
}
