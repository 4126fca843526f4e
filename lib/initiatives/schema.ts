import { z } from "zod";
import { INITIATIVE_STATUSES } from "./progress";

// Messages are keys under `validation.` (core) or `initiatives.validation.` (this feature).
const title = z.string().trim().min(1, "required").max(200, "tooLong200");
const longText = z.string().trim().max(4000, "tooLong4000").default("");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid").refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "dateInvalid");
const weight = z.coerce.number("weightInvalid").min(0, "weightInvalid").max(100, "weightInvalid").default(1);

export const DIMENSIONS = ["TECHNOLOGY", "INSTITUTIONAL", "RESOURCE"] as const;
export { INITIATIVE_STATUSES };

export const ZMilestoneFields = z.object({ title, dueDate: isoDate, weight });
export type TMilestoneFields = z.infer<typeof ZMilestoneFields>;

const initiativeFields = z.object({
  recommendationId: z.uuid("invalidId"),
  titleEn: title,
  titleZh: title,
  titleRu: title,
  descriptionEn: longText,
  descriptionZh: longText,
  descriptionRu: longText,
  responsible: z.string().trim().max(500, "tooLong500").default(""),
  startDate: isoDate,
  dueDate: isoDate,
  weight,
  dimensions: z.array(z.enum(DIMENSIONS, "invalid")).default([]),
  ownerOrgIds: z.array(z.uuid("invalidId")).min(1, "ownersRequired"),
  projectIds: z.array(z.uuid("invalidId")).default([]),
});

const dueAfterStart = (v: { startDate: string; dueDate: string }) => v.dueDate >= v.startDate;
const dueIssue = { message: "dueBeforeStart", path: ["dueDate"] };

export const ZCreateInitiative = initiativeFields.extend({ milestones: z.array(ZMilestoneFields).max(50).default([]) }).refine(dueAfterStart, dueIssue);
export type TCreateInitiative = z.infer<typeof ZCreateInitiative>;

export const ZUpdateInitiative = initiativeFields
  .omit({ recommendationId: true })
  .extend({ id: z.uuid("invalidId"), version: z.number().int().positive() })
  .refine(dueAfterStart, dueIssue);
export type TUpdateInitiative = z.infer<typeof ZUpdateInitiative>;

export const ZChangeStatus = z.object({
  id: z.uuid("invalidId"),
  version: z.number().int().positive(),
  status: z.enum(INITIATIVE_STATUSES, "invalid"),
  reason: z.string().trim().min(1, "statusReasonRequired").max(2000, "tooLong2000"),
});
export type TChangeStatus = z.infer<typeof ZChangeStatus>;

const link = z.url("linkInvalid").max(1000, "linkInvalid");
export const ZPostUpdate = z.object({
  initiativeId: z.uuid("invalidId"),
  body: z.string().trim().min(1, "required").max(4000, "tooLong4000"),
  links: z.array(link).max(10).default([]),
});
export type TPostUpdate = z.infer<typeof ZPostUpdate>;

export const ZAddMilestone = ZMilestoneFields.extend({ initiativeId: z.uuid("invalidId") });
export type TAddMilestone = z.infer<typeof ZAddMilestone>;

export const ZSetMilestoneDone = z.object({ milestoneId: z.uuid("invalidId"), done: z.boolean() });
export type TSetMilestoneDone = z.infer<typeof ZSetMilestoneDone>;
