import { describe, expect, it } from "vitest";

import { outlierOf } from "@/lib/evidence/outliers";

const none = { history: [], portfolio: null };

describe("outlierOf", () => {
  it("warns when a value is ten times the project's own history (80,5 read as 805)", () => {
    expect(outlierOf(805, "QUANTITATIVE", { history: [78, 80.5, 82], portfolio: null })).toEqual({
      reasons: ["history"],
      low: 16.1,
      high: 403,
    });
    expect(outlierOf(81, "QUANTITATIVE", { history: [78, 80.5, 82], portfolio: null })).toBeNull();
    expect(outlierOf(8, "QUANTITATIVE", { history: [78, 80.5, 82], portfolio: null })?.reasons).toEqual(["history"]);
  });

  it("warns outside the portfolio's far-out fences once enough projects report", () => {
    const portfolio = { q1: 10, q3: 20, count: 40 };
    expect(outlierOf(51, "QUANTITATIVE", { history: [], portfolio })?.reasons).toEqual(["portfolio"]);
    expect(outlierOf(50, "QUANTITATIVE", { history: [], portfolio })).toBeNull();
    expect(outlierOf(51, "QUANTITATIVE", { history: [], portfolio: { ...portfolio, count: 3 } })).toBeNull();
    // A small project's small figure is not an error: below the lower fence does not warn.
    expect(outlierOf(1, "QUANTITATIVE", { history: [], portfolio: { q1: 700, q3: 900, count: 40 } })).toBeNull();
  });

  it("never warns for ordinal indicators, without history or for a flat portfolio", () => {
    expect(outlierOf(4, "ORDINAL", { history: [0], portfolio: { q1: 0, q3: 1, count: 50 } })).toBeNull();
    expect(outlierOf(1e9, "QUANTITATIVE", none)).toBeNull();
    expect(outlierOf(1e9, "QUANTITATIVE", { history: [], portfolio: { q1: 5, q3: 5, count: 50 } })).toBeNull();
  });

  it("gives the narrower range when both rules warn", () => {
    const out = outlierOf(1000, "QUANTITATIVE", { history: [10], portfolio: { q1: 10, q3: 20, count: 40 } });
    expect(out).toEqual({ reasons: ["history", "portfolio"], low: 2, high: 50 });
  });
});
