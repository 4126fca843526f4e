import { z } from "zod";

import { COUPLING_VARIANTS, DOCKING_FLAG, PLATFORM_FLAG } from "@/lib/scoring";

/** The flags a model's stage rules may require (lib/scoring README, "Stages are kinds of cooperation"). */
export const STAGE_FEATURE_FLAGS = [PLATFORM_FLAG, DOCKING_FLAG] as const;
/** The article's features: platforms for stage 2, platforms and institutional docking for stage 3. */
export const ARTICLE_STAGE_FEATURES: { stage2: StageFeatureFlag[]; stage3: StageFeatureFlag[] } = {
  stage2: [PLATFORM_FLAG],
  stage3: [PLATFORM_FLAG, DOCKING_FLAG],
};
type StageFeatureFlag = (typeof STAGE_FEATURE_FLAGS)[number];

// Messages are keys under `validation.` (core) or `scores.validation.` (this feature).
const SUM_TOLERANCE = 1e-6;
const unit = z.number("numberRequired").min(0, "unitInterval").max(1, "unitInterval");
const nonNegative = z.number("numberRequired").min(0, "unitInterval");
const count = z.number("numberRequired").int("wholeNumber").min(0, "wholeNumber").max(24, "wholeNumber");
const sumsToOne = (values: number[]) => Math.abs(values.reduce((a, b) => a + b, 0) - 1) <= SUM_TOLERANCE;

const ZNormalization = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("goalposts") }),
  z.object({
    kind: z.literal("minmax"),
    shift: z
      .tuple([unit, unit])
      .refine(([a, b]) => a < b, "shiftOrder")
      .nullable()
      .optional(),
  }),
]);

const ZWeighting = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("expert") }),
  z.object({ kind: z.literal("entropy") }),
  z.object({ kind: z.literal("equal") }),
  z
    .object({ kind: z.literal("mix"), expert: nonNegative, entropy: nonNegative, equal: nonNegative })
    .refine((m) => sumsToOne([m.expert, m.entropy, m.equal]), { path: ["expert"], message: "mixSum" }),
]);

export const ZModelConfig = z.object({
  normalization: ZNormalization,
  weighting: ZWeighting,
  couplingVariant: z.enum(COUPLING_VARIANTS, "invalid"),
  dimensionWeights: z
    .object({ TECHNOLOGY: unit, INSTITUTIONAL: unit, RESOURCE: unit })
    .refine((w) => sumsToOne([w.TECHNOLOGY, w.INSTITUTIONAL, w.RESOURCE]), { path: ["TECHNOLOGY"], message: "dimensionWeightsSum" }),
  statusFactors: z.object({ DRAFT: unit, SUBMITTED: unit, VERIFIED: unit, DISPUTED: unit, RETURNED: unit, WITHDRAWN: unit }),
  levelThresholds: z
    .array(z.number("numberRequired").gt(0, "levelThresholds").lt(1, "levelThresholds"))
    .length(9, "levelThresholds")
    .refine((t) => t.every((v, i) => i === 0 || v > t[i - 1]), "levelThresholds"),
  stage: z.object({
    stage3: z.object({ minD: unit, minU: unit, minIndicators: count }),
    stage2: z.object({ minD: unit, minIndicators: count }),
    features: z
      .object({ stage2: z.array(z.enum(STAGE_FEATURE_FLAGS, "invalid")), stage3: z.array(z.enum(STAGE_FEATURE_FLAGS, "invalid")) })
      .optional(),
  }),
  constraints: z.object({ institutionalLag: unit, dataGovernance: unit, talent: unit }),
  missingIndicators: z.enum(["renormalize", "zero"], "invalid").optional(),
});
export type TModelConfig = z.infer<typeof ZModelConfig>;

export const ZCreateModelVersion = z.object({
  config: ZModelConfig,
  note: z.string().trim().max(200, "tooLong200").optional(),
});
export type TCreateModelVersion = z.infer<typeof ZCreateModelVersion>;

/** Activation carries the token of the preview the admin confirmed (lib/scores/preview.ts). */
export const ZActivateModel = z.object({ id: z.uuid("invalidId"), previewToken: z.string().regex(/^[0-9a-f]{64}$/, "invalid") });
