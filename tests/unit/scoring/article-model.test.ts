import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  articleScoringModel,
  coordination,
  couplingDegree,
  DIMENSIONS,
  scorePortfolio,
  scoreProject,
  type EvidenceInput,
  type EvidenceStatus,
  type IndicatorDef,
  type ScoringModel,
} from "@/lib/scoring";

import { catalog, ev, model } from "./fixtures";

/** The fixture catalog with the article's feature flags: T1 is a platform, I2 a docking indicator. */
function articleCatalog(): IndicatorDef[] {
  return catalog().map((i) => (i.id === "T1" ? { ...i, flags: ["platform"] } : i.id === "I2" ? { ...i, flags: ["docking"] } : i));
}
const article = (overrides: Partial<ScoringModel> = {}): ScoringModel => ({ ...structuredClone(articleScoringModel), ...overrides });
const score = (evidence: EvidenceInput[], m: ScoringModel = article(), indicators = articleCatalog()) =>
  scorePortfolio({ indicators, projects: [{ id: "p", evidence }] }, m).projects[0];

describe("coupling default of the article model", () => {
  it("is Wang et al. 2021, which separates nearly balanced projects that the classic C scores ≈ 1", () => {
    expect(articleScoringModel.couplingVariant).toBe("wang");
    const projects = [
      [0.5, 0.55, 0.6],
      [0.45, 0.525, 0.6],
      [0.4, 0.5, 0.6],
      [0.35, 0.45, 0.6],
    ];
    const classic = projects.map((u) => couplingDegree(u, "standard"));
    const wang = projects.map((u) => couplingDegree(u, "wang"));
    // Classic C stays within 0.025 of 1, so D ≈ √T; Wang's spreads the same projects over > 0.15.
    for (const c of classic) expect(c).toBeGreaterThan(0.975);
    expect(Math.max(...wang) - Math.min(...wang)).toBeGreaterThan(0.15);
    const d = coordination([0.5, 0.55, 0.6], { variant: "standard" });
    expect(Math.abs(d.D - Math.sqrt(d.T))).toBeLessThan(0.01);
  });
});

describe("stages are kinds of cooperation (article model)", () => {
  // Enough D and stage-tagged evidence for stage 2 and 3 by the cut-offs alone.
  const strong = (extra: EvidenceInput[] = []) => [ev("T2", 0), ev("I1", 100), ev("R1", 50), ev("R2", 100), ...extra];

  it("stage 2 needs platform evidence, not only D and stage-2 indicators", () => {
    const without = score(strong());
    expect(without.D).toBeGreaterThan(articleScoringModel.stage.stage2.minD);
    expect(without.stage).toBe(1);
    expect(without.stageReasons.find((r) => r.key === "stage2.feature.platform")).toMatchObject({ held: false, values: { count: 0 } });
    const withPlatform = score(strong([ev("T1", 100)]));
    expect(withPlatform.stage).toBe(2);
    expect(withPlatform.stageReasons.find((r) => r.key === "stage2.feature.platform")).toMatchObject({ held: true, values: { count: 1 } });
  });

  it("stage 3 needs institutional docking on top of platforms", () => {
    const platformOnly = score(strong([ev("T1", 100)]));
    expect(platformOnly.stageReasons.find((r) => r.key === "stage3.feature.docking")?.held).toBe(false);
    expect(platformOnly.stage).toBe(2);
    const docked = score(strong([ev("T1", 100), ev("I2", 4)]));
    expect(docked.stage).toBe(3);
  });

  it("reports the reasons grouped by stage, features after the cut-offs", () => {
    expect(score(strong()).stageReasons.map((r) => r.key)).toEqual([
      "stage3.coordination",
      "stage3.weakestDimension",
      "stage3.stageEvidence",
      "stage3.feature.platform",
      "stage3.feature.docking",
      "stage2.coordination",
      "stage2.stageEvidence",
      "stage2.feature.platform",
      "stage1.anyEvidence",
    ]);
  });

  it("a model without features keeps version 1's rule", () => {
    expect(score(strong(), model(), articleCatalog()).stage).toBe(3);
  });
});

describe("flow indicators are scored per reporting period", () => {
  const flowCatalog = () => catalog().map((i) => (i.id === "T1" ? { ...i, flags: ["flow"] } : i));
  const spend = (value: number, start: string, end: string, status: EvidenceStatus = "VERIFIED", periodKey?: string): EvidenceInput => ({
    indicatorId: "T1",
    value,
    status,
    recordedAt: `${end}T00:00:00.000Z`,
    periodStart: start,
    ...(periodKey ? { periodKey } : {}),
  });
  const t1 = (evidence: EvidenceInput[]) => {
    const s = score(evidence, model(), flowCatalog());
    return s.indicators.normalized[s.indicators.indicatorIds.indexOf("T1")] * 100;
  };

  it("sums both partners' items of the latest period and expresses them per year", () => {
    // 10 + 15 over half a year (181 days) = 25 per half-year ≈ 50.4 per year.
    expect(t1([spend(10, "2025-01-01", "2025-06-30"), spend(15, "2025-01-01", "2025-06-30")])).toBeCloseTo((25 * 365.25) / 181, 9);
  });

  it("does not carry an older period into the sum, and a newer period starts afresh", () => {
    const older = spend(40, "2024-07-01", "2024-12-31");
    expect(t1([older, spend(5, "2025-01-01", "2025-06-30")])).toBeCloseTo((5 * 365.25) / 181, 9);
    expect(t1([spend(5, "2025-01-01", "2025-06-30"), older])).toBeCloseTo((5 * 365.25) / 181, 9);
  });

  it("takes the period key from the evidence when an organizer-opened period supplies one", () => {
    // Same key: summed although one item's dates were entered differently; without periodStart no per-year scaling.
    const a: EvidenceInput = { indicatorId: "T1", value: 3, status: "VERIFIED", recordedAt: "2025-06-30", periodKey: "H1-2025" };
    const b: EvidenceInput = { ...a, value: 4 };
    expect(t1([a, b])).toBeCloseTo(7, 9);
  });

  it("weights the status factor by value: 10 verified + 10 submitted count with factor (10·1 + 10·0.5)/20", () => {
    const s = score(
      [spend(10, "2025-01-01", "2025-06-30", "VERIFIED"), spend(10, "2025-01-01", "2025-06-30", "SUBMITTED")],
      model(),
      flowCatalog(),
    );
    const j = s.indicators.indicatorIds.indexOf("T1");
    expect(s.indicators.contributions[j] / s.indicators.normalized[j]).toBeCloseTo(0.75, 9);
  });

  it("refuses a period that starts after it ends", () => {
    expect(() => score([spend(1, "2025-07-01", "2025-06-30")], model(), flowCatalog())).toThrow(/periodStart/);
  });

  it("agrees between the portfolio and the single-project path", () => {
    const evidence = [spend(10, "2025-01-01", "2025-06-30"), spend(15, "2025-01-01", "2025-06-30", "SUBMITTED"), ev("I1", 50)];
    const portfolio = scorePortfolio({ indicators: flowCatalog(), projects: [{ id: "p", evidence }] }, model());
    const single = scoreProject({ id: "p", evidence }, model(), JSON.parse(JSON.stringify(portfolio.context)));
    expect(single.D).toBe(portfolio.projects[0].D);
  });
});

describe("missing indicators (article model: they count as 0)", () => {
  const ids = catalog().map((i) => i.id);
  const bounds = new Map(catalog().map((i) => [i.id, i]));
  const item = fc.record({
    id: fc.constantFrom(...ids),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    status: fc.constantFrom<EvidenceStatus>("VERIFIED", "SUBMITTED"),
  });
  const toEvidence = ({ id, share, status }: { id: string; share: number; status: EvidenceStatus }): EvidenceInput => {
    const i = bounds.get(id)!;
    const raw = i.lower + share * (i.upper - i.lower);
    return ev(id, i.kind === "ORDINAL" ? Math.round(raw) : raw, status);
  };
  // A project and one indicator it lacks, added at any value down to the lowest goalpost.
  const sparseAndAdded = fc
    .tuple(fc.uniqueArray(item, { selector: (x) => x.id, maxLength: ids.length - 1 }), item)
    .filter(([list, extra]) => !list.some((x) => x.id === extra.id));

  it("adding evidence on a missing indicator never lowers any U or T, and raises coverage", () => {
    fc.assert(
      fc.property(sparseAndAdded, ([list, extra]) => {
        const before = score(list.map(toEvidence), article(), catalog());
        const after = score([...list, extra].map(toEvidence), article(), catalog());
        for (const d of DIMENSIONS) expect(after.U[d]).toBeGreaterThanOrEqual(before.U[d] - 1e-12);
        expect(after.T).toBeGreaterThanOrEqual(before.T - 1e-12);
        expect(after.coverage).toBeGreaterThan(before.coverage);
      }),
      { numRuns: 300 },
    );
  });

  it("under version 1's renormalization a sparse project can outscore the same project with one more item", () => {
    const sparse = [ev("T1", 100)];
    const fuller = [ev("T1", 100), ev("T2", 10)]; // T2 is a cost indicator: 10 is its worst value
    const v1 = (e: EvidenceInput[]) => score(e, model(), catalog()).U.TECHNOLOGY;
    expect(v1(fuller)).toBeLessThan(v1(sparse));
    const zero = (e: EvidenceInput[]) => score(e, article(), catalog()).U.TECHNOLOGY;
    expect(zero(fuller)).toBe(zero(sparse));
  });

  it("confidence is the share of model weight backed by verified evidence, so gaps lower it", () => {
    const one = score([ev("T1", 100)], article(), catalog());
    // T1 is ⅔ of technology, technology ⅓ of T: 2/9 of the model's weight.
    expect(one.confidence).toBeCloseTo(2 / 9, 12);
    expect(score([ev("T1", 100)], model(), catalog()).confidence).toBe(1);
    const all = score(
      catalog().map((i) => ev(i.id, i.kind === "ORDINAL" ? 4 : i.upper)),
      article(),
      catalog(),
    );
    expect(all.confidence).toBeCloseTo(1, 12);
  });
});
