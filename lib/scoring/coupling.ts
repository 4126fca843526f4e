import { COUPLING_VARIANTS, type CouplingVariant } from "./types";
import { clamp01, oneOf, vectorInRange, weightVector } from "./validate";

/**
 * Coupling degree C of n ≥ 2 subsystem scores U ∈ [0,1]^n, no validation (hot path).
 *
 * Conventions shared by all variants: identical U > 0 give exactly C = 1 (the formulas
 * only reach 1 up to rounding). All-zero U: `standard` 0 (the formula's own rule "C = 0
 * when ΣU = 0"), `wang` 0 (its product term is 0 as soon as one subsystem is 0; the
 * all-zero limit is undefined and 0 keeps it consistent with `standard`), `fan` 1
 * (σ = 0). D = √(C·T) is 0 in every case because T = 0.
 */
export function couplingKernel(u: ArrayLike<number>, n: number, variant: CouplingVariant): number {
  let allEqual = true;
  for (let i = 1; i < n; i++) {
    if (u[i] !== u[0]) {
      allEqual = false;
      break;
    }
  }
  if (variant === "fan") return allEqual ? 1 : fanCoupling(u, n);
  if (allEqual) return u[0] > 0 ? 1 : 0;
  return variant === "wang" ? wangCoupling(u, n) : standardCoupling(u, n);
}

/**
 * Standard coupling C = n·(∏Uᵢ)^{1/n} / ΣUᵢ, i.e. geometric over arithmetic mean
 * (e.g. Liu Yaobin et al. 2005; zhjx19/mathmodels system_evaluation.md), C = 0 when any
 * Uᵢ = 0. Evaluated as (∏ Uᵢ/Ū)^{1/n} so large n cannot underflow the product.
 */
function standardCoupling(u: ArrayLike<number>, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (u[i] === 0) return 0;
    sum += u[i];
  }
  const mean = sum / n;
  let product = 1;
  for (let i = 0; i < n; i++) product *= u[i] / mean;
  return clamp01(nthRoot(product, n));
}

/** x^{1/n}; cbrt and sqrt for the common n, being both faster and exact to the last bit. */
function nthRoot(x: number, n: number): number {
  return n === 3 ? Math.cbrt(x) : n === 2 ? Math.sqrt(x) : n === 1 ? x : Math.pow(x, 1 / n);
}

/**
 * Wang et al. 2021 (J. Natural Resources 36(3)):
 * C = √{ [1 − Σ_{i<j}|Uᵢ−Uⱼ| / (n(n−1)/2)] · [∏ᵢ (Uᵢ / max U)]^{1/(n−1)} }.
 */
function wangCoupling(u: ArrayLike<number>, n: number): number {
  let max = 0;
  for (let i = 0; i < n; i++) if (u[i] > max) max = u[i];
  if (max === 0) return 0;
  let diffSum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) diffSum += Math.abs(u[i] - u[j]);
  }
  let product = 1;
  for (let i = 0; i < n; i++) product *= u[i] / max;
  if (product === 0) return 0;
  const dispersion = 1 - diffSum / ((n * (n - 1)) / 2);
  return clamp01(Math.sqrt(Math.max(0, dispersion) * nthRoot(product, n - 1)));
}

/** Fan et al. 2024: C = 1 − 2·σ(U), σ the population standard deviation, clamped to [0,1]. */
function fanCoupling(u: ArrayLike<number>, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += u[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (u[i] - mean) * (u[i] - mean);
  return clamp01(1 - 2 * Math.sqrt(squares / n));
}

/**
 * Writes C, T = Σ αᵢUᵢ and D = √(C·T) (coupling coordination degree, same sources as
 * above) into out[0..2]. No validation, no allocation.
 */
export function coordinationInto(
  u: ArrayLike<number>,
  n: number,
  alpha: ArrayLike<number>,
  variant: CouplingVariant,
  out: Float64Array,
): void {
  const c = couplingKernel(u, n, variant);
  let t = 0;
  for (let i = 0; i < n; i++) t += alpha[i] * u[i];
  t = clamp01(t);
  out[0] = c;
  out[1] = t;
  out[2] = Math.sqrt(c * t);
}

function checkU(u: readonly number[]): void {
  vectorInRange(u, "u", 0, 1, 2);
}

export function couplingDegree(u: readonly number[], variant: CouplingVariant = "standard"): number {
  checkU(u);
  return couplingKernel(u, u.length, oneOf(variant, COUPLING_VARIANTS, "variant"));
}

export function coordination(
  u: readonly number[],
  options: { weights?: readonly number[]; variant?: CouplingVariant } = {},
): { C: number; T: number; D: number } {
  checkU(u);
  const n = u.length;
  const variant = oneOf(options.variant ?? "standard", COUPLING_VARIANTS, "variant");
  const weights = options.weights === undefined ? new Array<number>(n).fill(1 / n) : weightVector(options.weights, n, "weights");
  const out = new Float64Array(3);
  coordinationInto(u, n, weights, variant, out);
  return { C: out[0], T: out[1], D: out[2] };
}
