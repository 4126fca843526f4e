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

export function fillFor(projects: number, meanD: number | null): string {
  if (projects === 0) return FILL_EMPTY;
  if (meanD === null) return FILL_UNSCORED;
  return (D_CLASSES.find((c) => meanD < c.to) ?? D_CLASSES[D_CLASSES.length - 1]).fill;
}
