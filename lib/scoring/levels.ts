import { array, fail, inRange } from "./validate";

/** Message keys of the ten coordination levels, level 1 first (translated by the UI). */
export const LEVEL_KEYS = [
  "extremeImbalance",
  "severeImbalance",
  "moderateImbalance",
  "mildImbalance",
  "vergeOfImbalance",
  "barelyCoordinated",
  "primaryCoordination",
  "intermediateCoordination",
  "goodCoordination",
  "qualityCoordination",
] as const;

/** The nine inner cut points of the ten 0.1-wide bands (a, b]. */
export const DEFAULT_LEVEL_THRESHOLDS: readonly number[] = Object.freeze([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);

/**
 * D computed as √(C·T) carries rounding noise of a few ulps, so D = 0.30000000000000004
 * must still fall in (0.2, 0.3]. A D counts as above a cut point only if it exceeds it by
 * more than this.
 */
export const BAND_EPSILON = 1e-12;

export function validateLevelThresholds(value: unknown, field: string): readonly number[] {
  const t = array(value, field);
  if (t.length !== LEVEL_KEYS.length - 1) {
    fail(field, `must have ${LEVEL_KEYS.length - 1} cut points (got ${t.length})`);
  }
  for (let i = 0; i < t.length; i++) {
    const v = inRange(t[i], 0, 1, `${field}[${i}]`);
    if (v === 0 || v === 1 || (i > 0 && v <= (t[i - 1] as number))) {
      fail(`${field}[${i}]`, "cut points must increase strictly inside (0, 1)");
    }
  }
  return t as readonly number[];
}

/** No validation; `thresholds` are trusted cut points. */
export function levelIndex(d: number, thresholds: readonly number[]): number {
  let level = 1;
  for (let i = 0; i < thresholds.length; i++) if (d > thresholds[i] + BAND_EPSILON) level++;
  return level;
}

/**
 * Coordination level of D in ten bands with intervals (a, b]; D = 0 is level 1
 * (ten-band scale as in Liao Chongbin 1999 and the coupling-coordination literature).
 */
export function coordinationLevel(d: number, thresholds: readonly number[] = DEFAULT_LEVEL_THRESHOLDS): { level: number; key: string } {
  inRange(d, 0, 1, "d");
  const t = thresholds === DEFAULT_LEVEL_THRESHOLDS ? thresholds : validateLevelThresholds(thresholds, "thresholds");
  const level = levelIndex(d, t);
  return { level, key: LEVEL_KEYS[level - 1] };
}
