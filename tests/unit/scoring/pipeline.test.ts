import { describe, expect, it } from "vitest";

import {
  coordination,
  defaultScoringModel,
  scorePortfolio,
  scoreProject,
  type PortfolioInput,
  type ProjectInput,
  type ProjectScore,
} from "@/lib/scoring";

import { catalog, ev, model, projectA, type MutablePortfolio } from "./fixtures";

const one = (project: ProjectInput, m = defaultScoringModel): ProjectScore =>
  scorePortfolio({ indicators: catalog(), projects: [project] }, m).projects[0];

type Column = "evidenceIds" | "normalized" | "contributions";

/** The explanation column `key` for the indicators `ids`. */
function explained(score: ProjectScore, key: Column, ...ids: string[]): unknown[] {
  return ids.map((id) => score.indicators[key][score.indicators.indicatorIds.indexOf(id)]);
}

function sumOver(score: ProjectScore, key: Column, dimension: string): number {
  return (score.indicators[key] as number[]).reduce((a, x, i) => (score.indicators.dimensions[i] === dimension ? a + x : a), 0);
}

describe("scorePortfolio: the worked example (project A, default model)", () => {
  const s = one(projectA());

  it("computes U per dimension from goalposts, status factors and expert weights", () => {
    expect(s.U.TECHNOLOGY).toBeCloseTo(0.6, 12);
    expect(s.U.INSTITUTIONAL).toBeCloseTo(0.575, 12);
    expect(s.U.RESOURCE).toBeCloseTo(0.875, 12);
  });

  it("computes C, T, D with the standard coupling and equal α", () => {
    const expected = coordination([0.6, 0.575, 0.875]);
    expect(s.C).toBeCloseTo(expected.C, 12);
    expect(s.T).toBeCloseTo(2.05 / 3, 12);
    expect(s.D).toBeCloseTo(expected.D, 12);
    expect(s.level).toBe(9);
    expect(s.levelKey).toBe("goodCoordination");
  });

  it("reaches stage 3 and says why", () => {
    expect(s.stage).toBe(3);
    expect(s.stageReasons.find((r) => r.key === "stage3.stageEvidence")).toEqual({
      key: "stage3.stageEvidence",
      held: true,
      values: { count: 3, required: 2 },
    });
    expect(s.stageReasons.filter((r) => r.key.startsWith("stage3.")).every((r) => r.held)).toBe(true);
  });

  it("explains each U: contributions sum to U, weight shares sum to 1", () => {
    expect(s.indicators.indicatorIds).toEqual(["T1", "T2", "I1", "I2", "R1", "R2"]);
    expect(s.indicators.dimensions).toEqual(["TECHNOLOGY", "TECHNOLOGY", "INSTITUTIONAL", "INSTITUTIONAL", "RESOURCE", "RESOURCE"]);
    for (const d of ["TECHNOLOGY", "INSTITUTIONAL", "RESOURCE"] as const) {
      expect(sumOver(s, "contributions", d)).toBeCloseTo(s.U[d], 12);
      expect(s.dimensions[d]).toEqual({ U: s.U[d], noEvidence: false, countedIndicators: 2 });
    }
    // T2: weight ⅓ × normalized 0.8 × factor 1; I1: weight ½ × 0.8 × 0.5 (submitted).
    expect(explained(s, "contributions", "T2")[0]).toBeCloseTo(0.8 / 3, 12);
    expect(explained(s, "contributions", "I1")[0]).toBeCloseTo(0.2, 12);
    expect(explained(s, "evidenceIds", "I1", "I2")).toEqual(["a3", "a4"]);
    expect(explained(s, "normalized", "I1")[0]).toBeCloseTo(0.8, 12);
  });

  it("ranks obstacle degrees (1 − x)·w·α, row-normalized and descending", () => {
    // Global weights: T1 2/9, T2 1/9, I1 1/6, I2 1/6, R1 1/12, R2 1/4.
    const raw: Record<string, number> = {
      T1: 0.5 * (2 / 9),
      T2: 0.2 * (1 / 9),
      I1: 0.6 * (1 / 6),
      I2: 0.25 * (1 / 6),
      R1: 0.5 * (1 / 12),
      R2: 0,
    };
    const total = Object.values(raw).reduce((a, b) => a + b, 0);
    expect(s.obstacles.indicatorIds).toEqual(["T1", "I1", "I2", "R1", "T2", "R2"]);
    s.obstacles.indicatorIds.forEach((id, i) => expect(s.obstacles.degrees[i]).toBeCloseTo(raw[id] / total, 12));
  });

  it("reports coverage and confidence", () => {
    expect(s.countedIndicators).toBe(6);
    expect(s.coverage).toBe(1);
    expect(s.confidence).toBeCloseTo(5 / 6, 15);
  });

  it("triggers no constraint, and says so with the numbers", () => {
    expect(s.constraints.map((c) => [c.key, c.triggered])).toEqual([
      ["institutionalLag", false],
      ["dataGovernanceGap", false],
      ["talentShortage", false],
    ]);
    expect(s.constraints[1].values).toEqual({ flagged: 1, counted: 1, mean: 0.4, threshold: 0.3 });
  });

  it("returns the weights it used and a context", () => {
    const r = scorePortfolio({ indicators: catalog(), projects: [projectA()] }, defaultScoringModel);
    expect(r.weights.map((w) => [w.indicatorId, w.weight])).toEqual([
      ["T1", 2 / 3],
      ["T2", 1 / 3],
      ["I1", 0.5],
      ["I2", 0.5],
      ["R1", 0.25],
      ["R2", 0.75],
    ]);
    expect(r.warnings).toEqual([]);
    expect(JSON.parse(JSON.stringify(r.context))).toEqual(r.context);
  });
});

describe("evidence aggregation", () => {
  const only = (...evidence: ReturnType<typeof ev>[]) => one({ id: "P", evidence });

  it("takes the most recent item whose status counts, whatever the input order", () => {
    const s = only(
      ev("T1", 90, "DRAFT", "2024-05-01T00:00:00.000Z"),
      ev("T1", 20, "SUBMITTED", "2024-03-01T00:00:00.000Z", "latest"),
      ev("T1", 10, "VERIFIED", "2024-01-01T00:00:00.000Z"),
    );
    expect(explained(s, "evidenceIds", "T1")).toEqual(["latest"]);
    expect(s.U.TECHNOLOGY).toBeCloseTo(0.2 * 0.5, 15);
  });

  it("ignores a newer disputed, returned or withdrawn item", () => {
    for (const status of ["DISPUTED", "RETURNED", "WITHDRAWN"] as const) {
      const s = only(ev("T1", 10, "VERIFIED", "2024-01-01"), ev("T1", 99, status, "2024-06-01"));
      expect(s.U.TECHNOLOGY).toBeCloseTo(0.1, 15);
    }
  });

  it("breaks a tie on recordedAt by input order: the later item wins", () => {
    const t = "2024-02-02T12:00:00.000Z";
    expect(only(ev("T1", 30, "VERIFIED", t), ev("T1", 40, "VERIFIED", t)).U.TECHNOLOGY).toBeCloseTo(0.4, 15);
    expect(only(ev("T1", 40, "VERIFIED", t), ev("T1", 30, "VERIFIED", t)).U.TECHNOLOGY).toBeCloseTo(0.3, 15);
  });

  it("compares epoch ms, offsets and ISO strings on one time line", () => {
    const s = only(
      ev("T1", 10, "VERIFIED", Date.UTC(2024, 0, 1, 12)),
      ev("T1", 20, "VERIFIED", "2024-01-01T13:30:00+02:00"), // 11:30 UTC: older
    );
    expect(s.U.TECHNOLOGY).toBeCloseTo(0.1, 15);
  });

  it("applies the model's status factors", () => {
    const m = model({ statusFactors: { ...defaultScoringModel.statusFactors, SUBMITTED: 0.8, DRAFT: 0.1 } });
    expect(one({ id: "P", evidence: [ev("T1", 50, "SUBMITTED")] }, m).U.TECHNOLOGY).toBeCloseTo(0.4, 15);
    expect(one({ id: "P", evidence: [ev("T1", 50, "DRAFT")] }, m).U.TECHNOLOGY).toBeCloseTo(0.05, 15);
  });

  it("renormalizes weights over the indicators with evidence", () => {
    expect(only(ev("T2", 5)).U.TECHNOLOGY).toBeCloseTo(0.5, 15);
    const s = only(ev("T2", 5));
    expect(explained(s, "contributions", "T1", "T2")).toEqual([0, 0.5]);
    expect(explained(s, "evidenceIds", "T1")).toEqual([null]);
    expect(s.dimensions.TECHNOLOGY.countedIndicators).toBe(1);
  });

  it("confidence is the verified share of counted evidence", () => {
    expect(only(ev("T1", 1, "SUBMITTED"), ev("I1", 1), ev("R1", 1), ev("R2", 1, "DRAFT")).confidence).toBeCloseTo(2 / 3, 15);
    expect(only(ev("T1", 1, "SUBMITTED")).confidence).toBe(0);
  });

  it("scores a project without counted evidence as not assessed", () => {
    const s = only(ev("T1", 50, "DRAFT"));
    expect(s.stage).toBeNull();
    expect([s.U.TECHNOLOGY, s.U.INSTITUTIONAL, s.U.RESOURCE, s.D, s.coverage, s.confidence]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(s.dimensions.RESOURCE.noEvidence).toBe(true);
    expect(s.level).toBe(1);
    expect(s.stageReasons.at(-1)).toEqual({ key: "stage1.anyEvidence", held: false, values: { count: 0 } });
  });
});

describe("normalization", () => {
  it("clips to the goalposts, direction-aware", () => {
    const s = one({ id: "P", evidence: [ev("T1", 150), ev("T2", -3), ev("R1", -10)] });
    expect(explained(s, "normalized", "T1", "T2", "R1")).toEqual([1, 1, 0]);
  });

  it("minmax uses the portfolio's counted values and the shift", () => {
    const m = model({ normalization: { kind: "minmax", shift: [0.1, 0.9] } });
    const projects = [
      { id: "P1", evidence: [ev("T1", 10), ev("T2", 1), ev("I1", 0), ev("I2", 0), ev("R1", 5), ev("R2", 0)] },
      { id: "P2", evidence: [ev("T1", 30), ev("T2", 3), ev("I1", 50), ev("I2", 4), ev("R1", 15), ev("R2", 10)] },
      { id: "P3", evidence: [ev("T1", 20), ev("T1", 99, "DRAFT", "2025-01-01")] },
    ];
    const r = scorePortfolio({ indicators: catalog(), projects }, m);
    expect(r.warnings).toEqual([]);
    expect(r.context.indicators.find((i) => i.id === "T1")).toMatchObject({ lower: 10, upper: 30 });
    expect(explained(r.projects[2], "normalized", "T1")[0]).toBeCloseTo(0.5, 15);
    // T2 is a cost indicator: its minimum is the best value.
    expect(explained(r.projects[0], "normalized", "T1", "T2")).toEqual([0.1, 0.9]);
  });

  it("minmax falls back to goalposts, with a warning, when an indicator has no range", () => {
    const m = model({ normalization: { kind: "minmax" } });
    const r = scorePortfolio({ indicators: catalog(), projects: [projectA()] }, m);
    expect(r.warnings).toEqual([{ key: "minmaxGoalpostFallback", values: { count: 6, indicators: "T1,T2,I1,I2,R1,R2" } }]);
    expect(r.projects[0].U).toEqual(one(projectA()).U);
  });
});

describe("weighting", () => {
  const portfolio = (): MutablePortfolio => ({
    indicators: catalog(),
    projects: [
      { id: "P1", evidence: [ev("T1", 10), ev("T2", 5), ev("I1", 40), ev("I2", 2), ev("R1", 10), ev("R2", 50)] },
      { id: "P2", evidence: [ev("T1", 90), ev("T2", 5), ev("I1", 60), ev("I2", 2), ev("R1", 40), ev("R2", 50)] },
    ],
  });

  it("equal: 1/k inside each dimension", () => {
    const r = scorePortfolio(portfolio(), model({ weighting: { kind: "equal" } }));
    expect(r.weights.map((w) => w.weight)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
  });

  it("entropy: constant columns get 0, an all-constant dimension gets equal weights and a warning", () => {
    const r = scorePortfolio(portfolio(), model({ weighting: { kind: "entropy" } }));
    const w = Object.fromEntries(r.weights.map((x) => [x.indicatorId, x.weight]));
    expect([w.T1, w.T2]).toEqual([1, 0]);
    expect([w.I1, w.I2]).toEqual([1, 0]);
    expect([w.R1, w.R2]).toEqual([1, 0]);
    const flat = portfolio();
    flat.projects[1] = { id: "P2", evidence: flat.projects[0].evidence };
    const r2 = scorePortfolio(flat, model({ weighting: { kind: "entropy" } }));
    expect(r2.weights.map((x) => x.weight)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(r2.warnings.map((x) => x.key)).toEqual(["entropyAllConstant", "entropyAllConstant", "entropyAllConstant"]);
  });

  it("entropy on a one-project portfolio falls back to expert weights with a warning", () => {
    const r = scorePortfolio({ indicators: catalog(), projects: [projectA()] }, model({ weighting: { kind: "entropy" } }));
    expect(r.warnings).toContainEqual({ key: "entropyInsufficientProjects", values: { dimension: "TECHNOLOGY", projects: 1 } });
    expect(r.projects[0].U).toEqual(one(projectA()).U);
  });

  it("mix is the convex combination of the parts", () => {
    const expert = scorePortfolio(portfolio(), model()).weights;
    const entropy = scorePortfolio(portfolio(), model({ weighting: { kind: "entropy" } })).weights;
    const equal = scorePortfolio(portfolio(), model({ weighting: { kind: "equal" } })).weights;
    const mix = scorePortfolio(portfolio(), model({ weighting: { kind: "mix", expert: 0.5, entropy: 0.3, equal: 0.2 } })).weights;
    mix.forEach((w, i) => expect(w.weight).toBeCloseTo(0.5 * expert[i].weight + 0.3 * entropy[i].weight + 0.2 * equal[i].weight, 12));
  });

  it("global weights are weight × α and sum to 1", () => {
    const m = model({ dimensionWeights: { TECHNOLOGY: 0.5, INSTITUTIONAL: 0.3, RESOURCE: 0.2 } });
    const r = scorePortfolio(portfolio(), m);
    expect(r.weights[0].globalWeight).toBeCloseTo((2 / 3) * 0.5, 15);
    expect(r.weights.reduce((a, w) => a + w.globalWeight, 0)).toBeCloseTo(1, 12);
    expect(r.projects[0].T).toBeCloseTo(
      0.5 * r.projects[0].U.TECHNOLOGY + 0.3 * r.projects[0].U.INSTITUTIONAL + 0.2 * r.projects[0].U.RESOURCE,
      12,
    );
  });

  it("uses the model's level thresholds", () => {
    const m = model({ levelThresholds: [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.95] });
    const s = one(projectA(), m);
    expect(s.D).toBeLessThan(0.95);
    expect([s.level, s.levelKey]).toEqual([9, "goodCoordination"]);
    m.levelThresholds = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45];
    expect(one(projectA(), m).level).toBe(10);
  });

  it("falls back to equal weights, with a warning, when a dimension's expert weights are all 0", () => {
    const indicators = catalog().map((i) => (i.dimension === "RESOURCE" ? { ...i, expertWeight: 0 } : i));
    const r = scorePortfolio({ indicators, projects: [projectA()] }, defaultScoringModel);
    expect(r.warnings).toEqual([{ key: "expertWeightsZero", values: { dimension: "RESOURCE" } }]);
    expect(r.weights.filter((w) => w.dimension === "RESOURCE").map((w) => w.weight)).toEqual([0.5, 0.5]);
  });

  it("uses the model's coupling variant", () => {
    const s = one(projectA(), model({ couplingVariant: "wang" }));
    expect(s.C).toBeCloseTo(coordination([0.6, 0.575, 0.875], { variant: "wang" }).C, 12);
  });
});

describe("scoreProject reproduces the portfolio from the context alone", () => {
  it("after a JSON round trip of the context", () => {
    const input: PortfolioInput = {
      indicators: catalog(),
      projects: [projectA(), { id: "B", evidence: [ev("T1", 70), ev("I1", 20, "SUBMITTED"), ev("R2", 40)] }],
    };
    const m = model({
      normalization: { kind: "minmax", shift: [0.002, 0.998] },
      weighting: { kind: "mix", expert: 0.4, entropy: 0.6, equal: 0 },
    });
    const r = scorePortfolio(input, m);
    const context = JSON.parse(JSON.stringify(r.context));
    input.projects.forEach((p, i) => expect(scoreProject(p, m, context)).toEqual(r.projects[i]));
  });

  it("previews new evidence against the frozen weights and bounds", () => {
    const r = scorePortfolio({ indicators: catalog(), projects: [projectA()] }, defaultScoringModel);
    const draft = projectA();
    const preview = scoreProject(
      { ...draft, evidence: [...draft.evidence, ev("I1", 100, "VERIFIED", "2024-02-01")] },
      defaultScoringModel,
      r.context,
    );
    expect(preview.U.INSTITUTIONAL).toBeCloseTo((1 + 0.75) / 2, 12);
    expect(preview.D).toBeGreaterThan(r.projects[0].D);
  });
});
