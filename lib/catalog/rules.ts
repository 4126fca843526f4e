/** Ordinal indicators are scored on the scoring core's closed 0–4 scale. */
export const ORDINAL_BOUNDS = { lower: 0, upper: 4 } as const;
