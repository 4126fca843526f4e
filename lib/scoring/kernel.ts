import { coordinationInto } from "./coupling";
import type { CouplingVariant } from "./types";

/**
 * Dimension score U = Σ wⱼxⱼ / Σ wⱼ over the indicators with counted evidence (weighted
 * arithmetic mean with weights renormalized over what is present, DESIGN §5.4); 0 when
 * none is present. If every present indicator has weight 0 (entropy gave them none),
 * the plain mean of the present scores is used so evidence never scores as absent.
 * Shared by the portfolio, single-project and sensitivity paths so they agree to the bit.
 */
export function dimensionScore(x: Float64Array, present: Uint8Array, base: number, w: Float64Array, start: number, end: number): number {
  // Branch-free: x is 0 where nothing counts, so absent indicators add exact zeros and the
  // sums equal the sums over present indicators only, bit for bit.
  let num = 0;
  let den = 0;
  let plain = 0;
  let count = 0;
  for (let j = start; j < end; j++) {
    const v = x[base + j];
    const m = present[base + j];
    num += w[j] * v;
    den += w[j] * m;
    plain += v;
    count += m;
  }
  if (count === 0) return 0;
  return den > 0 ? Math.min(1, num / den) : plain / count;
}

/** Fills u (one U per dimension) and ctd = [C, T, D] for the row at `base`. */
export function rowCoordination(
  x: Float64Array,
  present: Uint8Array,
  base: number,
  w: Float64Array,
  dimStart: Int32Array,
  alpha: Float64Array,
  variant: CouplingVariant,
  u: Float64Array,
  ctd: Float64Array,
): void {
  const n = u.length;
  for (let d = 0; d < n; d++) u[d] = dimensionScore(x, present, base, w, dimStart[d], dimStart[d + 1]);
  coordinationInto(u, n, alpha, variant, ctd);
}
