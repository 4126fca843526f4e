import { describe, expect, it } from "vitest";

import { defaultScoringModel, mulberry32, sensitivity } from "@/lib/scoring";

import { catalog, ev, model, projectA, type MutablePortfolio } from "./fixtures";

function portfolio(): MutablePortfolio {
  const random = mulberry32(42);
  const ids = catalog().map((i) => i.id);
  const projects = Array.from({ length: 12 }, (_, p) => ({
    id: `p${p}`,
    evidence: ids.map((id) => ev(id, id === "I2" ? Math.floor(random() * 5) : Math.round(random() * 100))),
  }));
  return { indicators: catalog(), projects };
}

describe("sensitivity", () => {
  it("is reproducible from the seed and changes with it", () => {
    const a = sensitivity(portfolio(), defaultScoringModel, { runs: 200, noise: 0.25, seed: 7 });
    const b = sensitivity(portfolio(), defaultScoringModel, { runs: 200, noise: 0.25, seed: 7 });
    const c = sensitivity(portfolio(), defaultScoringModel, { runs: 200, noise: 0.25, seed: 8 });
    expect(a).toEqual(b);
    expect(a.projects.map((p) => [p.p5Rank, p.medianRank, p.p95Rank])).not.toEqual(
      c.projects.map((p) => [p.p5Rank, p.medianRank, p.p95Rank]),
    );
  });

  it("with zero noise every run reproduces the base ranking", () => {
    const r = sensitivity(portfolio(), defaultScoringModel, { runs: 20, noise: 0, seed: 1 });
    for (const p of r.projects) {
      expect([p.p5Rank, p.medianRank, p.p95Rank]).toEqual([p.baseRank, p.baseRank, p.baseRank]);
    }
    expect(r.projects.map((p) => p.baseRank).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it("base rank 1 is the highest D and ties share the best rank", () => {
    const input = portfolio();
    input.projects.push({ ...projectA(), id: "twin1" }, { ...projectA(), id: "twin2" });
    const r = sensitivity(input, defaultScoringModel, { runs: 50, noise: 0.3, seed: 3 });
    const twins = r.projects.filter((p) => p.projectId.startsWith("twin"));
    expect(twins[0]).toEqual({ ...twins[1], projectId: "twin1" });
  });

  it("keeps ranks and their interval ordered and inside [1, P]", () => {
    const r = sensitivity(portfolio(), model({ couplingVariant: "wang" }), { runs: 300, noise: 0.5, seed: 99 });
    for (const p of r.projects) {
      expect(p.p5Rank).toBeGreaterThanOrEqual(1);
      expect(p.p5Rank).toBeLessThanOrEqual(p.medianRank);
      expect(p.medianRank).toBeLessThanOrEqual(p.p95Rank);
      expect(p.p95Rank).toBeLessThanOrEqual(12);
    }
    expect(r.projects.some((p) => p.p95Rank > p.p5Rank)).toBe(true);
  });

  it("handles a one-project portfolio and an empty one", () => {
    expect(
      sensitivity({ indicators: catalog(), projects: [projectA()] }, model({ weighting: { kind: "entropy" } }), {
        runs: 5,
        noise: 0.25,
        seed: 1,
      }).projects,
    ).toEqual([{ projectId: "A", baseRank: 1, medianRank: 1, p5Rank: 1, p95Rank: 1 }]);
    expect(sensitivity({ indicators: catalog(), projects: [] }, defaultScoringModel, { runs: 5, noise: 0.25, seed: 1 }).projects).toEqual(
      [],
    );
  });
});

describe("mulberry32", () => {
  it("is a pure function of the seed, in [0, 1)", () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
  });
});
