/** Five classes of mean coordination degree, light to dark (D lies in [0, 1]). */
export const D_CLASSES = [
  { from: 0, to: 0.2, fill: "#dbeafe" },
  { from: 0.2, to: 0.4, fill: "#93c5fd" },
  { from: 0.4, to: 0.6, fill: "#3b82f6" },
  { from: 0.6, to: 0.8, fill: "#1d4ed8" },
  { from: 0.8, to: 1, fill: "#1e3a8a" },
] as const;

/** A region without projects, and one whose projects have no score yet. */
export const FILL_EMPTY = "#f1f5f9";
export const FILL_UNSCORED = "#fde68a";

/** Decimals a region's mean D is shown with (tooltip, table); the colour class follows the same rounding. */
export const MEAN_DIGITS = 2;

/**
 * The class of the mean as shown, not of its exact value: 0.5996 reads "0.60" and is coloured
 * 0.6–0.8. `toFixed` rounds half away from zero on the double's exact value, as Intl does.
 */
export function fillFor(projects: number, meanD: number | null): string {
  if (projects === 0) return FILL_EMPTY;
  if (meanD === null) return FILL_UNSCORED;
  const shown = Number(meanD.toFixed(MEAN_DIGITS));
  return (D_CLASSES.find((c) => shown < c.to) ?? D_CLASSES[D_CLASSES.length - 1]).fill;
}
