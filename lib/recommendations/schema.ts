import { z } from "zod";

export const AREAS = ["DATA_GOVERNANCE", "TECH_COOPERATION", "TALENT_TRUST"] as const;
export type Area = (typeof AREAS)[number];

const text = z.string().trim().min(1, "required").max(1000, "tooLong1000");

export const ZRecommendationFields = z.object({
  code: z.string().trim().min(1, "required").max(20, "tooLong20"),
  area: z.enum(AREAS, "invalid"),
  textEn: text,
  textZh: text,
  textRu: text,
  dimensions: z.array(z.enum(["TECHNOLOGY", "INSTITUTIONAL", "RESOURCE"], "invalid")).default([]),
  indicatorCodes: z.array(z.string().trim().min(1).max(20)).default([]),
});
export type TRecommendationFields = z.infer<typeof ZRecommendationFields>;

export const ZUpdateRecommendation = ZRecommendationFields.extend({ id: z.uuid("invalidId"), version: z.number().int().positive() });
export type TUpdateRecommendation = z.infer<typeof ZUpdateRecommendation>;

export const ZRetireRecommendation = z.object({ id: z.uuid("invalidId"), retired: z.boolean() });

/** Overview filters from the URL; anything unknown is ignored. */
export const ZOverviewFilter = z.object({
  area: z.enum(AREAS).optional().catch(undefined),
  status: z.enum(["NOT_STARTED", "LIMITED", "SUBSTANTIAL", "COMPLETE", "STALLED", "WITHDRAWN"]).optional().catch(undefined),
  country: z.enum(["CN", "RU"]).optional().catch(undefined),
  forum: z.uuid().optional().catch(undefined),
});
export type TOverviewFilter = z.infer<typeof ZOverviewFilter>;

/** The form's view: indicator codes typed as one line ("I3 I6"), split into the list. */
export const ZRecommendationForm = ZRecommendationFields.extend({
  indicatorCodes: z
    .string()
    .transform((s) => s.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string().max(20, "tooLong20"))),
});
