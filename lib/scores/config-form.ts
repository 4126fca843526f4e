/**
 * The scoring model configuration as a flat form (what the admin edits) and back. The form
 * schema repeats the rules of ZModelConfig on flat fields so each error lands on its input;
 * the server validates the built configuration again.
 */
import { z } from "zod";

import { COUPLING_VARIANTS, EVIDENCE_STATUSES, type ScoringModel } from "@/lib/scoring";

import { ARTICLE_STAGE_FEATURES, type TModelConfig } from "./schema";

const SUM_TOLERANCE = 1e-6;
const unit = z.number("numberRequired").min(0, "unitInterval").max(1, "unitInterval");
const count = z.number("numberRequired").int("wholeNumber").min(0, "wholeNumber").max(24, "wholeNumber");
const near1 = (...values: number[]) => Math.abs(values.reduce((a, b) => a + b, 0) - 1) <= SUM_TOLERANCE;

const thresholds = z.string().transform((text, ctx) => {
  const values = text
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((v) => Number(v.replace(",", ".")));
  const ok = values.length === 9 && values.every((v, i) => Number.isFinite(v) && v > 0 && v < 1 && (i === 0 || v > values[i - 1]));
  if (!ok) ctx.addIssue({ code: "custom", message: "levelThresholds" });
  return values;
});

export const ZModelConfigForm = z
  .object({
    normalizationKind: z.enum(["goalposts", "minmax"], "invalid"),
    useShift: z.boolean(),
    shiftLower: unit,
    shiftUpper: unit,
    weightingKind: z.enum(["expert", "entropy", "equal", "mix"], "invalid"),
    mixExpert: unit,
    mixEntropy: unit,
    mixEqual: unit,
    couplingVariant: z.enum(COUPLING_VARIANTS, "invalid"),
    alphaTECHNOLOGY: unit,
    alphaINSTITUTIONAL: unit,
    alphaRESOURCE: unit,
    factorDRAFT: unit,
    factorSUBMITTED: unit,
    factorVERIFIED: unit,
    factorDISPUTED: unit,
    factorRETURNED: unit,
    factorWITHDRAWN: unit,
    levelThresholds: thresholds,
    stage3MinD: unit,
    stage3MinU: unit,
    stage3MinIndicators: count,
    stage2MinD: unit,
    stage2MinIndicators: count,
    stageFeatures: z.boolean(),
    missingIndicators: z.enum(["renormalize", "zero"], "invalid"),
    institutionalLag: unit,
    dataGovernance: unit,
    talent: unit,
    note: z.string().trim().max(200, "tooLong200"),
  })
  .refine((v) => near1(v.alphaTECHNOLOGY, v.alphaINSTITUTIONAL, v.alphaRESOURCE), {
    path: ["alphaTECHNOLOGY"],
    message: "dimensionWeightsSum",
  })
  .refine((v) => v.weightingKind !== "mix" || near1(v.mixExpert, v.mixEntropy, v.mixEqual), { path: ["mixExpert"], message: "mixSum" })
  .refine((v) => !(v.normalizationKind === "minmax" && v.useShift) || v.shiftLower < v.shiftUpper, {
    path: ["shiftUpper"],
    message: "shiftOrder",
  });

export type ModelConfigFormInput = z.input<typeof ZModelConfigForm>;
export type ModelConfigFormValues = z.output<typeof ZModelConfigForm>;

export function fromConfig(config: Omit<ScoringModel, "version"> | TModelConfig): ModelConfigFormInput {
  const shift = config.normalization.kind === "minmax" ? (config.normalization.shift ?? null) : null;
  const mix = config.weighting.kind === "mix" ? config.weighting : { expert: 1, entropy: 0, equal: 0 };
  return {
    normalizationKind: config.normalization.kind,
    useShift: shift !== null,
    shiftLower: shift?.[0] ?? 0.002,
    shiftUpper: shift?.[1] ?? 0.998,
    weightingKind: config.weighting.kind,
    mixExpert: mix.expert,
    mixEntropy: mix.entropy,
    mixEqual: mix.equal,
    couplingVariant: config.couplingVariant,
    alphaTECHNOLOGY: config.dimensionWeights.TECHNOLOGY,
    alphaINSTITUTIONAL: config.dimensionWeights.INSTITUTIONAL,
    alphaRESOURCE: config.dimensionWeights.RESOURCE,
    ...(Object.fromEntries(EVIDENCE_STATUSES.map((s) => [`factor${s}`, config.statusFactors[s]])) as Record<
      `factor${(typeof EVIDENCE_STATUSES)[number]}`,
      number
    >),
    levelThresholds: config.levelThresholds.join(", "),
    stage3MinD: config.stage.stage3.minD,
    stage3MinU: config.stage.stage3.minU,
    stage3MinIndicators: config.stage.stage3.minIndicators,
    stage2MinD: config.stage.stage2.minD,
    stage2MinIndicators: config.stage.stage2.minIndicators,
    stageFeatures: (config.stage.features?.stage2.length ?? 0) + (config.stage.features?.stage3.length ?? 0) > 0,
    missingIndicators: config.missingIndicators ?? "renormalize",
    institutionalLag: config.constraints.institutionalLag,
    dataGovernance: config.constraints.dataGovernance,
    talent: config.constraints.talent,
    note: "",
  };
}

export function toConfig(v: ModelConfigFormValues): TModelConfig {
  return {
    normalization:
      v.normalizationKind === "goalposts"
        ? { kind: "goalposts" }
        : { kind: "minmax", shift: v.useShift ? [v.shiftLower, v.shiftUpper] : null },
    weighting:
      v.weightingKind === "mix"
        ? { kind: "mix", expert: v.mixExpert, entropy: v.mixEntropy, equal: v.mixEqual }
        : { kind: v.weightingKind },
    couplingVariant: v.couplingVariant,
    dimensionWeights: { TECHNOLOGY: v.alphaTECHNOLOGY, INSTITUTIONAL: v.alphaINSTITUTIONAL, RESOURCE: v.alphaRESOURCE },
    statusFactors: {
      DRAFT: v.factorDRAFT,
      SUBMITTED: v.factorSUBMITTED,
      VERIFIED: v.factorVERIFIED,
      DISPUTED: v.factorDISPUTED,
      RETURNED: v.factorRETURNED,
      WITHDRAWN: v.factorWITHDRAWN,
    },
    levelThresholds: v.levelThresholds,
    stage: {
      stage3: { minD: v.stage3MinD, minU: v.stage3MinU, minIndicators: v.stage3MinIndicators },
      stage2: { minD: v.stage2MinD, minIndicators: v.stage2MinIndicators },
      ...(v.stageFeatures ? { features: ARTICLE_STAGE_FEATURES } : {}),
    },
    constraints: { institutionalLag: v.institutionalLag, dataGovernance: v.dataGovernance, talent: v.talent },
    // Version 1's rule is the absence of the field, so a v1 configuration round-trips unchanged.
    ...(v.missingIndicators === "zero" ? { missingIndicators: "zero" as const } : {}),
  };
}
