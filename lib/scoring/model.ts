import { DEFAULT_LEVEL_THRESHOLDS, validateLevelThresholds } from "./levels";
import { COUPLING_VARIANTS, DIMENSIONS, EVIDENCE_STATUSES, type ScoringModel } from "./types";
import { array, fail, finite, inRange, isRecord, nonNegative, oneOf, shiftInterval, SUM_TOLERANCE } from "./validate";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Version 1: catalog goalposts (scores don't move when other projects join), expert
 * weights, standard coupling, equal α, VERIFIED 1 / SUBMITTED 0.5.
 */
export const defaultScoringModel: ScoringModel = deepFreeze({
  version: 1,
  normalization: { kind: "goalposts" },
  weighting: { kind: "expert" },
  couplingVariant: "standard",
  dimensionWeights: { TECHNOLOGY: 1 / 3, INSTITUTIONAL: 1 / 3, RESOURCE: 1 / 3 },
  statusFactors: {
    DRAFT: 0,
    SUBMITTED: 0.5,
    VERIFIED: 1,
    DISPUTED: 0,
    RETURNED: 0,
    WITHDRAWN: 0,
  },
  levelThresholds: [...DEFAULT_LEVEL_THRESHOLDS],
  stage: {
    stage3: { minD: 0.6, minU: 0.4, minIndicators: 2 },
    stage2: { minD: 0.4, minIndicators: 2 },
  },
  constraints: { institutionalLag: 0.2, dataGovernance: 0.3, talent: 0.3 },
} satisfies ScoringModel);

/**
 * The model the source article calls for (lib/scoring/README.md, "Faithful to the article"):
 * Wang et al.'s corrected coupling, which still separates balanced projects where the classic
 * C is ≈ 1 and D ≈ √T; stages that need evidence of their defining kind of cooperation
 * (platforms for stage 2; institutional docking on top of platforms for stage 3); missing
 * indicators count as 0. Its `version` is a placeholder: storage assigns the real one.
 */
export const articleScoringModel: ScoringModel = deepFreeze({
  ...defaultScoringModel,
  couplingVariant: "wang",
  stage: {
    stage3: { minD: 0.5, minU: 0.3, minIndicators: 2 },
    stage2: { minD: 0.3, minIndicators: 2 },
    features: { stage2: ["platform"], stage3: ["platform", "docking"] },
  },
  missingIndicators: "zero",
} satisfies ScoringModel);

function record(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) fail(field, "must be an object");
  return value;
}

function count(value: unknown, field: string): number {
  const v = nonNegative(value, field);
  if (!Number.isInteger(v)) fail(field, `must be a whole number (got ${v})`);
  return v;
}

/** Throws ScoringInputError naming the first bad field of `model`. */
export function validateScoringModel(model: ScoringModel): void {
  const m = record(model, "model");
  finite(m.version, "model.version");

  const normalization = record(m.normalization, "model.normalization");
  const kind = oneOf(normalization.kind, ["goalposts", "minmax"] as const, "model.normalization.kind");
  if (kind === "minmax" && normalization.shift != null) {
    shiftInterval(normalization.shift, "model.normalization.shift", 1);
  }

  const weighting = record(m.weighting, "model.weighting");
  const wk = oneOf(weighting.kind, ["expert", "entropy", "equal", "mix"] as const, "model.weighting.kind");
  if (wk === "mix") {
    let sum = 0;
    for (const part of ["expert", "entropy", "equal"] as const) {
      sum += nonNegative(weighting[part], `model.weighting.${part}`);
    }
    if (Math.abs(sum - 1) > SUM_TOLERANCE) fail("model.weighting", `mix must sum to 1 (got ${sum})`);
  }

  oneOf(m.couplingVariant, COUPLING_VARIANTS, "model.couplingVariant");

  const alpha = record(m.dimensionWeights, "model.dimensionWeights");
  let alphaSum = 0;
  for (const d of DIMENSIONS) alphaSum += nonNegative(alpha[d], `model.dimensionWeights.${d}`);
  if (Math.abs(alphaSum - 1) > SUM_TOLERANCE) {
    fail("model.dimensionWeights", `must sum to 1 (got ${alphaSum})`);
  }

  const factors = record(m.statusFactors, "model.statusFactors");
  for (const s of EVIDENCE_STATUSES) inRange(factors[s], 0, 1, `model.statusFactors.${s}`);

  validateLevelThresholds(m.levelThresholds, "model.levelThresholds");

  const stage = record(m.stage, "model.stage");
  const s3 = record(stage.stage3, "model.stage.stage3");
  const s2 = record(stage.stage2, "model.stage.stage2");
  inRange(s3.minD, 0, 1, "model.stage.stage3.minD");
  inRange(s3.minU, 0, 1, "model.stage.stage3.minU");
  count(s3.minIndicators, "model.stage.stage3.minIndicators");
  inRange(s2.minD, 0, 1, "model.stage.stage2.minD");
  count(s2.minIndicators, "model.stage.stage2.minIndicators");
  if (stage.features !== undefined) {
    const features = record(stage.features, "model.stage.features");
    for (const key of ["stage2", "stage3"] as const) {
      const flags = array(features[key], `model.stage.features.${key}`);
      flags.forEach((f, i) => {
        if (typeof f !== "string" || f === "") fail(`model.stage.features.${key}[${i}]`, "must be a non-empty string");
      });
    }
  }
  if (m.missingIndicators !== undefined) oneOf(m.missingIndicators, ["renormalize", "zero"] as const, "model.missingIndicators");

  const c = record(m.constraints, "model.constraints");
  inRange(c.institutionalLag, 0, 1, "model.constraints.institutionalLag");
  inRange(c.dataGovernance, 0, 1, "model.constraints.dataGovernance");
  inRange(c.talent, 0, 1, "model.constraints.talent");
}
