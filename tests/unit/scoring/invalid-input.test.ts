import { describe, expect, it } from "vitest";

import {
  coordination,
  coordinationLevel,
  couplingDegree,
  defaultScoringModel,
  entropyWeights,
  obstacleDegrees,
  scorePortfolio,
  scoreProject,
  ScoringInputError,
  sensitivity,
  topsis,
  validateScoringModel,
  type CouplingVariant,
  type Direction,
  type PortfolioInput,
  type ScoringModel,
} from "@/lib/scoring";

import { catalog, ev, model, projectA, type MutablePortfolio } from "./fixtures";

function portfolio(change: (p: MutablePortfolio) => void = () => {}): PortfolioInput {
  const p: MutablePortfolio = { indicators: catalog(), projects: [projectA()] };
  change(p);
  return p;
}

function withModel(change: (m: ScoringModel) => void): ScoringModel {
  const m = model();
  change(m);
  return m;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- deliberately wrong inputs */
const cases: [string, () => unknown, string][] = [
  ["NaN in U", () => couplingDegree([0.5, NaN]), "u[1]"],
  ["Infinity in U", () => coordination([Infinity, 0.5]), "u[0]"],
  ["U above 1", () => couplingDegree([0.5, 1.2]), "u[1]"],
  ["negative U", () => couplingDegree([-0.1, 0.5]), "u[0]"],
  ["one subsystem", () => couplingDegree([0.5]), "u"],
  ["unknown variant", () => couplingDegree([0.5, 0.5], "golden" as CouplingVariant), "variant"],
  ["weights length", () => coordination([0.5, 0.5, 0.5], { weights: [0.5, 0.5] }), "weights"],
  ["weights sum", () => coordination([0.5, 0.5], { weights: [0.5, 0.6] }), "weights"],
  ["negative weight", () => coordination([0.5, 0.5], { weights: [1.5, -0.5] }), "weights[1]"],
  ["NaN D", () => coordinationLevel(NaN), "d"],
  ["D above 1", () => coordinationLevel(1.01), "d"],
  ["bad thresholds", () => coordinationLevel(0.5, [0.1, 0.3, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]), "thresholds[2]"],
  ["entropy one row", () => entropyWeights([[1, 2]]), "matrix"],
  ["entropy ragged", () => entropyWeights([[1, 2], [3]]), "matrix[1]"],
  [
    "entropy NaN",
    () =>
      entropyWeights([
        [1, 2],
        [3, NaN],
      ]),
    "matrix[1][1]",
  ],
  [
    "entropy negative raw",
    () =>
      entropyWeights([
        [1, -2],
        [3, 4],
      ]),
    "matrix[0][1]",
  ],
  [
    "entropy cost with raw",
    () =>
      entropyWeights(
        [
          [1, 2],
          [3, 4],
        ],
        { directions: ["benefit", "cost"] },
      ),
    "directions[1]",
  ],
  [
    "entropy directions length",
    () =>
      entropyWeights(
        [
          [1, 2],
          [3, 4],
        ],
        { normalization: "minmax", directions: ["cost"] },
      ),
    "directions",
  ],
  [
    "entropy shift reversed",
    () =>
      entropyWeights(
        [
          [1, 2],
          [3, 4],
        ],
        { normalization: "minmax", shift: [0.9, 0.1] },
      ),
    "shift",
  ],
  [
    "entropy normalization",
    () =>
      entropyWeights(
        [
          [1, 2],
          [3, 4],
        ],
        { normalization: "zscore" as any },
      ),
    "normalization",
  ],
  [
    "topsis weights sum",
    () =>
      topsis(
        [
          [1, 2],
          [3, 4],
        ],
        [0.5, 0.4],
        ["benefit", "cost"],
      ),
    "weights",
  ],
  [
    "topsis directions",
    () =>
      topsis(
        [
          [1, 2],
          [3, 4],
        ],
        [0.5, 0.5],
        ["benefit", "up" as Direction],
      ),
    "directions[1]",
  ],
  [
    "topsis negative with vector",
    () =>
      topsis(
        [
          [1, -2],
          [3, 4],
        ],
        [0.5, 0.5],
        ["benefit", "cost"],
      ),
    "matrix[0][1]",
  ],
  [
    "topsis Infinity",
    () =>
      topsis(
        [
          [1, 2],
          [3, -Infinity],
        ],
        [0.5, 0.5],
        ["benefit", "cost"],
        { normalization: "minmax" },
      ),
    "matrix[1][1]",
  ],
  ["obstacle length", () => obstacleDegrees([0.5, 0.5], [1]), "weights"],
  ["obstacle x above 1", () => obstacleDegrees([1.5, 0.5], [0.5, 0.5]), "x[0]"],
  ["obstacle weights sum", () => obstacleDegrees([0.5, 0.5], [0.5, 0.3]), "weights"],
  [
    "model dimension weights",
    () => validateScoringModel(withModel((m) => ((m.dimensionWeights as any).RESOURCE = 0.5))),
    "model.dimensionWeights",
  ],
  [
    "model negative α",
    () => validateScoringModel(withModel((m) => ((m.dimensionWeights as any).RESOURCE = -0.1))),
    "model.dimensionWeights.RESOURCE",
  ],
  [
    "model status factor",
    () => validateScoringModel(withModel((m) => ((m.statusFactors as any).SUBMITTED = 2))),
    "model.statusFactors.SUBMITTED",
  ],
  [
    "model mix",
    () => validateScoringModel(withModel((m) => (m.weighting = { kind: "mix", expert: 0.5, entropy: 0.6, equal: 0 }))),
    "model.weighting",
  ],
  ["model variant", () => validateScoringModel(withModel((m) => ((m as any).couplingVariant = "x"))), "model.couplingVariant"],
  [
    "model shift",
    () => validateScoringModel(withModel((m) => (m.normalization = { kind: "minmax", shift: [0.5, 1.5] }))),
    "model.normalization.shift",
  ],
  ["model levels", () => validateScoringModel(withModel((m) => (m.levelThresholds = [0.5]))), "model.levelThresholds"],
  ["model stage", () => validateScoringModel(withModel((m) => (m.stage.stage3.minIndicators = 1.5))), "model.stage.stage3.minIndicators"],
  ["model constraint", () => validateScoringModel(withModel((m) => (m.constraints.talent = NaN))), "model.constraints.talent"],
  [
    "pipeline validates the model",
    () =>
      scorePortfolio(
        portfolio(),
        withModel((m) => (m.version = NaN)),
      ),
    "model.version",
  ],
  [
    "no indicators",
    () =>
      scorePortfolio(
        portfolio((p) => (p.indicators = [])),
        defaultScoringModel,
      ),
    "indicators",
  ],
  [
    "missing dimension",
    () =>
      scorePortfolio(
        portfolio((p) => (p.indicators = p.indicators.filter((i) => i.dimension !== "RESOURCE"))),
        defaultScoringModel,
      ),
    "indicators",
  ],
  [
    "duplicate indicator",
    () =>
      scorePortfolio(
        portfolio((p) => (p.indicators = [...p.indicators, catalog()[0]])),
        defaultScoringModel,
      ),
    "indicators[6].id",
  ],
  [
    "goalposts reversed",
    () =>
      scorePortfolio(
        portfolio((p) => (p.indicators[1] = { ...p.indicators[1], lower: 10, upper: 0 })),
        defaultScoringModel,
      ),
    "indicators[1].upper",
  ],
  [
    "ordinal goalposts",
    () =>
      scorePortfolio(
        portfolio((p) => (p.indicators[3] = { ...p.indicators[3], upper: 5 })),
        defaultScoringModel,
      ),
    "indicators[3].lower",
  ],
  [
    "negative expert weight",
    () =>
      scorePortfolio(
        portfolio((p) => (p.indicators[2] = { ...p.indicators[2], expertWeight: -1 })),
        defaultScoringModel,
      ),
    "indicators[2].expertWeight",
  ],
  [
    "stage tag",
    () =>
      scorePortfolio(
        portfolio((p) => (p.indicators[0] = { ...p.indicators[0], stage: 4 as any })),
        defaultScoringModel,
      ),
    "indicators[0].stage",
  ],
  [
    "dimension",
    () =>
      scorePortfolio(
        portfolio((p) => (p.indicators[0] = { ...p.indicators[0], dimension: "MARKET" as any })),
        defaultScoringModel,
      ),
    "indicators[0].dimension",
  ],
  [
    "evidence NaN",
    () =>
      scorePortfolio(
        portfolio((p) => ((p.projects[0].evidence as any)[2].value = NaN)),
        defaultScoringModel,
      ),
    "projects[0].evidence[2].value",
  ],
  [
    "evidence Infinity",
    () =>
      scorePortfolio(
        portfolio((p) => ((p.projects[0].evidence as any)[0].value = Infinity)),
        defaultScoringModel,
      ),
    "projects[0].evidence[0].value",
  ],
  [
    "ordinal out of scale",
    () =>
      scorePortfolio(
        portfolio((p) => ((p.projects[0].evidence as any)[3].value = 5)),
        defaultScoringModel,
      ),
    "projects[0].evidence[3].value",
  ],
  [
    "ordinal fraction",
    () =>
      scorePortfolio(
        portfolio((p) => ((p.projects[0].evidence as any)[3].value = 2.5)),
        defaultScoringModel,
      ),
    "projects[0].evidence[3].value",
  ],
  [
    "unknown indicator",
    () =>
      scorePortfolio(
        portfolio((p) => ((p.projects[0].evidence as any)[1].indicatorId = "X9")),
        defaultScoringModel,
      ),
    "projects[0].evidence[1].indicatorId",
  ],
  [
    "unknown status",
    () =>
      scorePortfolio(
        portfolio((p) => ((p.projects[0].evidence as any)[1].status = "APPROVED")),
        defaultScoringModel,
      ),
    "projects[0].evidence[1].status",
  ],
  [
    "local time",
    () =>
      scorePortfolio(
        portfolio((p) => ((p.projects[0].evidence as any)[4].recordedAt = "2024-01-01T10:00:00")),
        defaultScoringModel,
      ),
    "projects[0].evidence[4].recordedAt",
  ],
  [
    "impossible date",
    () =>
      scorePortfolio(
        portfolio((p) => ((p.projects[0].evidence as any)[4].recordedAt = "2024-02-30T00:00:00.000Z")),
        defaultScoringModel,
      ),
    "projects[0].evidence[4].recordedAt",
  ],
  [
    "NaN epoch",
    () =>
      scorePortfolio(
        portfolio((p) => ((p.projects[0].evidence as any)[4].recordedAt = NaN)),
        defaultScoringModel,
      ),
    "projects[0].evidence[4].recordedAt",
  ],
  [
    "evidence id",
    () =>
      scorePortfolio(
        portfolio((p) => ((p.projects[0].evidence as any)[0].id = 7)),
        defaultScoringModel,
      ),
    "projects[0].evidence[0].id",
  ],
  [
    "duplicate project",
    () =>
      scorePortfolio(
        portfolio((p) => (p.projects = [projectA(), projectA()])),
        defaultScoringModel,
      ),
    "projects[1].id",
  ],
  [
    "project id",
    () =>
      scorePortfolio(
        portfolio((p) => (p.projects = [{ id: "", evidence: [] }])),
        defaultScoringModel,
      ),
    "projects[0].id",
  ],
  [
    "draft items are validated too",
    () =>
      scorePortfolio(
        portfolio((p) => (p.projects[0] = { id: "A", evidence: [ev("T1", NaN, "DRAFT")] })),
        defaultScoringModel,
      ),
    "projects[0].evidence[0].value",
  ],
  ["sensitivity runs", () => sensitivity(portfolio(), defaultScoringModel, { runs: 0, noise: 0.25, seed: 1 }), "runs"],
  ["sensitivity noise", () => sensitivity(portfolio(), defaultScoringModel, { runs: 10, noise: 1, seed: 1 }), "noise"],
  [
    "sensitivity memory bound",
    () =>
      sensitivity(
        { indicators: catalog(), projects: Array.from({ length: 201 }, (_, i) => ({ id: `p${i}`, evidence: [] })) },
        defaultScoringModel,
        { runs: 100_000, noise: 0.1, seed: 1 },
      ),
    "runs",
  ],
  ["sensitivity seed", () => sensitivity(portfolio(), defaultScoringModel, { runs: 10, noise: 0.2, seed: 0.5 }), "seed"],
];
/* eslint-enable @typescript-eslint/no-explicit-any */

describe("invalid input throws ScoringInputError naming the field", () => {
  it.each(cases)("%s", (_, fn, field) => {
    let error: unknown;
    try {
      fn();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScoringInputError);
    expect((error as ScoringInputError).field).toBe(field);
    expect((error as ScoringInputError).message).toContain(`"${field}"`);
  });

  it("rejects a context built for another model version or tampered with", () => {
    const { context } = scorePortfolio(portfolio(), defaultScoringModel);
    const project = projectA();
    expect(() => scoreProject(project, { ...model(), version: 2 }, context)).toThrow(ScoringInputError);
    const tampered = structuredClone(context);
    tampered.indicators[0].weight = 0.9;
    expect(() => scoreProject(project, defaultScoringModel, tampered)).toThrow(/TECHNOLOGY weights must sum to 1/);
    const noBounds = structuredClone(context);
    noBounds.indicators[2].upper = noBounds.indicators[2].lower;
    expect(() => scoreProject(project, defaultScoringModel, noBounds)).toThrow(ScoringInputError);
  });
});
