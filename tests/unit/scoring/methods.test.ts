import { describe, expect, it } from "vitest";

import { entropyWeights, obstacleDegrees, topsis } from "@/lib/scoring";

describe("entropyWeights", () => {
  it("defaults to raw shares", () => {
    const m = [
      [3.0, 100, 10, 7],
      [2.5, 80, 8, 5],
      [1.8, 50, 20, 11],
    ];
    expect(entropyWeights(m)).toEqual(entropyWeights(m, { normalization: "raw" }));
  });

  it("hand case: a column with one non-zero share has e = 0 (0·ln 0 = 0)", () => {
    // Column 1: p = [1, 0] → e = 0, d = 1. Column 2: p = [½, ½] → constant → d = 0.
    expect(
      entropyWeights([
        [5, 1],
        [0, 1],
      ]),
    ).toEqual([1, 0]);
  });

  it("hand case, two rows: p = [¼, ¾] → e = −(¼ln¼ + ¾ln¾)/ln 2", () => {
    const e = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)) / Math.LN2;
    const d1 = 1 - e;
    const d2 = 1; // [0, 2] → p = [0, 1]
    const w = entropyWeights([
      [1, 0],
      [3, 2],
    ]);
    expect(w[0]).toBeCloseTo(d1 / (d1 + d2), 12);
    expect(w[1]).toBeCloseTo(d2 / (d1 + d2), 12);
  });

  it("gives a constant column weight 0 and equal weights when all columns are constant", () => {
    const w = entropyWeights([
      [1, 7, 3],
      [2, 7, 3],
      [4, 7, 3],
    ]);
    expect(w[1]).toBe(0);
    expect(w[2]).toBe(0);
    expect(w[0]).toBe(1);
    expect(
      entropyWeights([
        [2, 5],
        [2, 5],
      ]),
    ).toEqual([0.5, 0.5]);
    expect(
      entropyWeights(
        [
          [0, 0],
          [0, 0],
        ],
        { normalization: "minmax" },
      ),
    ).toEqual([0.5, 0.5]);
  });

  it("minmax is direction-aware: reversing a column and calling it cost changes nothing", () => {
    const m = [
      [3, 10],
      [5, 20],
      [2, 15],
      [7, 25],
    ];
    const flipped = m.map(([a, b]) => [a, -b]);
    const w1 = entropyWeights(m, { normalization: "minmax", directions: ["benefit", "cost"], shift: [0.002, 0.998] });
    const w2 = entropyWeights(flipped, { normalization: "minmax", directions: ["benefit", "benefit"], shift: [0.002, 0.998] });
    w1.forEach((w, i) => expect(w).toBeCloseTo(w2[i], 12));
  });
});

describe("topsis", () => {
  it("returns 0.5 for every row of an all-identical matrix", () => {
    expect(
      topsis(
        [
          [2, 3],
          [2, 3],
          [2, 3],
        ],
        [0.5, 0.5],
        ["benefit", "cost"],
      ),
    ).toEqual([0.5, 0.5, 0.5]);
    expect(
      topsis(
        [
          [2, 3],
          [2, 3],
        ],
        [0.5, 0.5],
        ["benefit", "cost"],
        { normalization: "minmax" },
      ),
    ).toEqual([0.5, 0.5]);
  });

  it("hand case, minmax: r = [[0, 1], [1, 0], [0.5, 0.5]] with w = [0.5, 0.5]", () => {
    // Benefit column [1, 3, 2] → [0, 1, 0.5]; cost column [4, 8, 6] → [1, 0, 0.5].
    // Rows 1 and 2 are each ideal on one criterion: d⁺ = d⁻ = 0.5 → 0.5; row 3 is the centre → 0.5.
    expect(
      topsis(
        [
          [1, 4],
          [3, 8],
          [2, 6],
        ],
        [0.5, 0.5],
        ["benefit", "cost"],
        { normalization: "minmax" },
      ),
    ).toEqual([0.5, 0.5, 0.5]);
    // With w = [0.8, 0.2]: row 2 d⁺ = 0.2, d⁻ = 0.8 → 0.8.
    const c = topsis(
      [
        [1, 4],
        [3, 8],
        [2, 6],
      ],
      [0.8, 0.2],
      ["benefit", "cost"],
      { normalization: "minmax" },
    );
    expect(c[0]).toBeCloseTo(0.2, 12);
    expect(c[1]).toBeCloseTo(0.8, 12);
    expect(c[2]).toBeCloseTo(0.5, 12);
  });

  it("hand case, vector normalization, one benefit column: closeness = (x − min)/(max − min)", () => {
    const c = topsis([[1], [2], [4]], [1], ["benefit"]);
    expect(c[0]).toBe(0);
    expect(c[1]).toBeCloseTo(1 / 3, 12);
    expect(c[2]).toBe(1);
  });

  it("agrees between normalizations on the ordering of a dominated row", () => {
    const m = [
      [9, 1],
      [1, 9],
      [5, 5],
    ];
    for (const normalization of ["vector", "minmax"] as const) {
      const c = topsis(m, [0.5, 0.5], ["benefit", "cost"], { normalization });
      expect(c[0]).toBeGreaterThan(c[2]);
      expect(c[2]).toBeGreaterThan(c[1]);
    }
  });
});

describe("obstacleDegrees", () => {
  it("O_j = (1 − x_j)·w_j", () => {
    const o = obstacleDegrees([0.5, 1, 0], [0.2, 0.3, 0.5]);
    expect(o[0]).toBeCloseTo(0.1, 15);
    expect(o[1]).toBe(0);
    expect(o[2]).toBe(0.5);
  });

  it("normalize divides by the sum; all-zero stays zero", () => {
    const o = obstacleDegrees([0.5, 1, 0], [0.2, 0.3, 0.5], { normalize: true });
    expect(o[0]).toBeCloseTo(0.1 / 0.6, 15);
    expect(o[2]).toBeCloseTo(0.5 / 0.6, 15);
    expect(obstacleDegrees([1, 1], [0.5, 0.5], { normalize: true })).toEqual([0, 0]);
  });
});
