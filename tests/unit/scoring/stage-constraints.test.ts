import { describe, expect, it } from "vitest";

import { defaultScoringModel, scorePortfolio, type ProjectInput, type ProjectScore } from "@/lib/scoring";
import { assessStage } from "@/lib/scoring/stage";

import { catalog, ev, model } from "./fixtures";

const one = (evidence: ProjectInput["evidence"], m = defaultScoringModel, indicators = catalog()): ProjectScore =>
  scorePortfolio({ indicators, projects: [{ id: "P", evidence }] }, m).projects[0];

describe("assessStage (defaults: stage 3 needs D ≥ 0.6, U ≥ 0.4, 2 stage-3 indicators; stage 2 needs D ≥ 0.4, 2 stage≥2 indicators)", () => {
  it.each([
    ["all stage-3 conditions at their edges", 0.6, 0.4, 2, 3, 3, 3],
    ["D just below 0.6", 0.5999, 0.5, 3, 3, 3, 2],
    ["D = 0.6 up to rounding noise", 0.6 - 1e-16, 0.5, 3, 3, 3, 3],
    ["weakest dimension below 0.4", 0.8, 0.39, 3, 3, 3, 2],
    ["one stage-3 indicator only", 0.8, 0.5, 1, 2, 2, 2],
    ["one stage≥2 indicator only", 0.8, 0.5, 1, 1, 4, 1],
    ["D below 0.4", 0.39, 0.3, 3, 5, 6, 1],
    ["D = 0.4 up to rounding noise", 0.39999999999999997, 0.1, 0, 2, 2, 2],
    ["nothing counts", 0, 0, 0, 0, 0, null],
  ] as const)("%s", (_, D, minU, stage3Indicators, stage2PlusIndicators, counted, expected) => {
    const r = assessStage({ D, minU, stage3Indicators, stage2PlusIndicators, counted }, defaultScoringModel.stage);
    expect(r.stage).toBe(expected);
    expect(r.reasons.map((x) => x.key)).toEqual([
      "stage3.coordination",
      "stage3.weakestDimension",
      "stage3.stageEvidence",
      "stage2.coordination",
      "stage2.stageEvidence",
      "stage1.anyEvidence",
    ]);
  });

  it("reports the failing condition with its numbers", () => {
    const r = assessStage({ D: 0.8, minU: 0.35, stage3Indicators: 3, stage2PlusIndicators: 3, counted: 3 }, defaultScoringModel.stage);
    expect(r.reasons[1]).toEqual({ key: "stage3.weakestDimension", held: false, values: { minU: 0.35, threshold: 0.4 } });
  });

  it("uses the model's thresholds", () => {
    const m = model();
    m.stage.stage3.minD = 0.9;
    expect(assessStage({ D: 0.8, minU: 0.5, stage3Indicators: 3, stage2PlusIndicators: 3, counted: 3 }, m.stage).stage).toBe(2);
  });
});

describe("stage through the pipeline", () => {
  it("stage 2 from stage-2 indicators without stage-3 evidence", () => {
    const s = one([ev("T1", 80), ev("I1", 70), ev("R1", 40)]);
    expect(s.D).toBeGreaterThan(0.6);
    expect(s.stage).toBe(2);
    expect(s.stageReasons[2]).toMatchObject({ key: "stage3.stageEvidence", held: false, values: { count: 0 } });
  });

  it("stage 1 when a dimension has no evidence (standard C = 0 → D = 0)", () => {
    const s = one([ev("T1", 80), ev("T2", 1), ev("I2", 4)]);
    expect(s.D).toBe(0);
    expect(s.stage).toBe(1);
  });
});

describe("constraints", () => {
  const find = (s: ProjectScore, key: string) => s.constraints.find((c) => c.key === key)!;

  it("institutional lag: U_T − U_I above 0.2, with the numbers", () => {
    const s = one([ev("T1", 100), ev("T2", 0), ev("I1", 70), ev("I2", 3), ev("R1", 50)]);
    const c = find(s, "institutionalLag");
    expect(c.triggered).toBe(true);
    expect(c.values.uTechnology).toBe(1);
    expect(c.values.uInstitutional).toBeCloseTo(0.725, 15);
    expect(c.values.gap).toBeCloseTo(0.275, 15);
    expect(c.values.threshold).toBe(0.2);
  });

  it("institutional lag is not triggered at exactly the threshold (0.9 − 0.7 is 0.20000000000000007 in floating point)", () => {
    const s = one([ev("T1", 90), ev("I1", 70), ev("R1", 50)]);
    expect(find(s, "institutionalLag").values.gap).toBeGreaterThan(0.2);
    expect(find(s, "institutionalLag").triggered).toBe(false);
  });

  it("data-governance gap when the flagged indicator has no counted evidence", () => {
    const c = find(one([ev("T1", 100), ev("I1", 90, "DRAFT"), ev("I2", 4)]), "dataGovernanceGap");
    expect(c).toEqual({ key: "dataGovernanceGap", triggered: true, values: { flagged: 1, counted: 0, mean: null, threshold: 0.3 } });
  });

  it("data-governance gap when the flagged score (after the status factor) is below 0.3", () => {
    const c = find(one([ev("I1", 50, "SUBMITTED")]), "dataGovernanceGap");
    expect(c.triggered).toBe(true);
    expect(c.values.mean).toBeCloseTo(0.25, 15);
  });

  it("talent shortage follows its own threshold", () => {
    expect(find(one([ev("R1", 20)]), "talentShortage").triggered).toBe(false);
    expect(find(one([ev("R1", 10)]), "talentShortage").triggered).toBe(true);
    const m = model();
    m.constraints.talent = 0.5;
    expect(find(one([ev("R1", 20)], m), "talentShortage").triggered).toBe(true);
  });

  it("is not triggered when the catalog flags no indicator", () => {
    const indicators = catalog().map((i) => ({ ...i, flags: [] }));
    const c = find(one([ev("T1", 10)], defaultScoringModel, indicators), "talentShortage");
    expect(c).toEqual({ key: "talentShortage", triggered: false, values: { flagged: 0, counted: 0, mean: null, threshold: 0.3 } });
  });
});
