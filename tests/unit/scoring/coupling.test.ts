import { describe, expect, it } from "vitest";

import { coordination, coordinationLevel, couplingDegree, DEFAULT_LEVEL_THRESHOLDS, LEVEL_KEYS } from "@/lib/scoring";

const close = (actual: number, expected: number, digits = 12) => expect(actual).toBeCloseTo(expected, digits);

describe("coupling degree, hand-computed n = 2 (U = [0.4, 0.9])", () => {
  it("standard: C = 2·√(0.4·0.9)/1.3 = 12/13, T = 0.65, D = √0.6", () => {
    close(couplingDegree([0.4, 0.9]), 12 / 13);
    const r = coordination([0.4, 0.9]);
    close(r.C, 12 / 13);
    close(r.T, 0.65);
    close(r.D, Math.sqrt(0.6));
  });

  it("wang: C = √{(1 − 0.5/1)·(0.4/0.9)^{1/1}} = √2/3", () => {
    close(couplingDegree([0.4, 0.9], "wang"), Math.SQRT2 / 3);
    close(coordination([0.4, 0.9], { variant: "wang" }).D, Math.sqrt((Math.SQRT2 / 3) * 0.65));
  });

  it("fan: σ = 0.25, C = 1 − 2·0.25 = 0.5", () => {
    close(couplingDegree([0.4, 0.9], "fan"), 0.5);
    close(coordination([0.4, 0.9], { variant: "fan" }).D, Math.sqrt(0.5 * 0.65));
  });
});

describe("coupling degree, hand-computed n = 4 (U = [0.2, 0.4, 0.6, 0.8])", () => {
  const u = [0.2, 0.4, 0.6, 0.8];

  it("standard: C = 4·(0.0384)^{1/4}/2", () => {
    close(couplingDegree(u), 2 * Math.pow(0.0384, 0.25));
    close(couplingDegree(u), 0.885345535760257, 9);
  });

  it("wang: pairwise |ΔU| sum 2 over 6 pairs, ∏ U/max = 3/32 → C = √{(2/3)·(3/32)^{1/3}}", () => {
    close(couplingDegree(u, "wang"), Math.sqrt((2 / 3) * Math.cbrt(3 / 32)));
    close(couplingDegree(u, "wang"), 0.550321208149105, 9);
  });

  it("fan: σ = √0.05 → C = 1 − 2√0.05", () => {
    close(couplingDegree(u, "fan"), 1 - 2 * Math.sqrt(0.05));
  });

  it("weights enter T only: α = [0.1, 0.2, 0.3, 0.4] → T = 0.6", () => {
    const r = coordination(u, { weights: [0.1, 0.2, 0.3, 0.4] });
    close(r.T, 0.6);
    close(r.C, couplingDegree(u));
    close(r.D, Math.sqrt(r.C * 0.6));
  });
});

describe("coupling edge cases", () => {
  it.each(["standard", "wang", "fan"] as const)("%s: equal positive U give exactly C = 1", (variant) => {
    expect(couplingDegree([0.1, 0.1, 0.1], variant)).toBe(1);
    expect(couplingDegree([0.7, 0.7], variant)).toBe(1);
  });

  it("standard and wang: any zero subsystem gives C = 0", () => {
    expect(couplingDegree([0, 0.5, 0.9])).toBe(0);
    expect(couplingDegree([0, 0.5, 0.9], "wang")).toBe(0);
  });

  it("all-zero U: C is 0 for standard and wang, 1 for fan, and D is 0 for every variant", () => {
    expect(couplingDegree([0, 0, 0])).toBe(0);
    expect(couplingDegree([0, 0, 0], "wang")).toBe(0);
    expect(couplingDegree([0, 0, 0], "fan")).toBe(1);
    for (const variant of ["standard", "wang", "fan"] as const) {
      expect(coordination([0, 0, 0], { variant }).D).toBe(0);
    }
  });

  it("fan is clamped at 0 for maximal spread", () => {
    expect(couplingDegree([0, 1], "fan")).toBe(0);
  });

  it("default variant is standard and default weights are equal", () => {
    const u = [0.3, 0.5, 0.9];
    expect(coordination(u)).toEqual(coordination(u, { variant: "standard", weights: [1 / 3, 1 / 3, 1 / 3] }));
  });
});

describe("coordinationLevel", () => {
  it.each([
    [0, 1],
    [0.05, 1],
    [0.1, 1],
    [0.1000001, 2],
    [0.2, 2],
    [0.3, 3],
    [0.1 + 0.2, 3],
    [0.30001, 4],
    [0.5, 5],
    [0.6, 6],
    [0.7, 7],
    [0.8, 8],
    [0.9, 9],
    [0.9000001, 10],
    [1, 10],
  ])("D = %s is level %s (bands (a, b])", (d, level) => {
    const r = coordinationLevel(d);
    expect(r.level).toBe(level);
    expect(r.key).toBe(LEVEL_KEYS[level - 1]);
  });

  it("has the ten message keys in order", () => {
    expect(LEVEL_KEYS).toEqual([
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
    ]);
    expect(DEFAULT_LEVEL_THRESHOLDS).toHaveLength(9);
  });

  it("takes custom thresholds", () => {
    const t = [0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.8];
    expect(coordinationLevel(0.2, t).level).toBe(1);
    expect(coordinationLevel(0.21, t).level).toBe(2);
    expect(coordinationLevel(0.81, t)).toEqual({ level: 10, key: "qualityCoordination" });
  });
});
