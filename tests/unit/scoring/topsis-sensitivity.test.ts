import { describe, expect, it } from "vitest";

import { topsis, topsisRankIntervals } from "@/lib/scoring";

const rows = [
  [0.9, 0.2, 0.5],
  [0.6, 0.6, 0.6],
  [0.3, 0.8, 0.4],
  [0.1, 0.1, 0.1],
  [0.61, 0.59, 0.6],
];
const weights = [1 / 3, 1 / 3, 1 / 3];
const benefit = ["benefit", "benefit", "benefit"] as const;

describe("topsisRankIntervals", () => {
  it("without noise every run repeats the TOPSIS ranking", () => {
    const out = topsisRankIntervals(rows, weights, benefit, { runs: 50, noise: 0, seed: 1 });
    const closeness = topsis(rows, weights, benefit);
    const order = closeness.map((c, i) => [c, i] as const).sort((a, b) => b[0] - a[0]);
    order.forEach(([, i], position) => {
      expect(out[i].rank).toBe(position + 1);
      expect(out[i].p5).toBe(position + 1);
      expect(out[i].p95).toBe(position + 1);
    });
  });

  it("widens the intervals of close rows under noise and keeps clear ones fixed", () => {
    const out = topsisRankIntervals(rows, weights, benefit, { runs: 400, noise: 0.3, seed: 7 });
    // The two near-identical balanced rows swap places under weight noise…
    expect(out[1].p95 - out[1].p5).toBeGreaterThan(0);
    // …while the row lowest on every criterion is last in every run.
    expect(out[3]).toMatchObject({ rank: 5, p5: 5, p95: 5 });
  });

  it("is reproducible for a seed and differs across seeds", () => {
    const a = topsisRankIntervals(rows, weights, benefit, { runs: 40, noise: 0.5, seed: 3 });
    expect(topsisRankIntervals(rows, weights, benefit, { runs: 40, noise: 0.5, seed: 3 })).toEqual(a);
  });

  it("refuses a zero weight and a noise of 1", () => {
    expect(() => topsisRankIntervals(rows, [0.5, 0.5, 0], benefit, { runs: 10, noise: 0.1, seed: 1 })).toThrow(/weights\[2\]/);
    expect(() => topsisRankIntervals(rows, weights, benefit, { runs: 10, noise: 1, seed: 1 })).toThrow(/noise/);
  });
});
