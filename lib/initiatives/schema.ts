import { z } from "zod";

import { checkboxGroup } from "@/lib/checkbox-group";
import { ZIsoDate } from "@/lib/dates";
import { CITABLE_STATUSES } from "@/lib/evidence/status";
import { DIMENSIONS } from "@/lib/scoring";

import { INITIATIVE_STATUSES } from "./progress";

// Messages are keys under `validation.` (core) or `initiatives.validation.` (this feature).
const title = z.string().trim().min(1, "required").max(200, "tooLong200");
const longText = z.string().trim().max(4000, "tooLong4000").default("");
const weight = z.coerce.number("weightInvalid").min(0, "weightInvalid").max(100, "weightInvalid").default(1);

export { DIMENSIONS, INITIATIVE_STATUSES };

export const ZMilestoneFields = z.object({ title, dueDate: ZIsoDate, weight });
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
  startDate: ZIsoDate,
  dueDate: ZIsoDate,
  weight,
  dimensions: z.array(z.enum(DIMENSIONS, "invalid")).default([]),
  // Their boxes come from data: a deployment with one organization or project shows one box.
  ownerOrgIds: checkboxGroup(z.array(z.uuid("invalidId")).min(1, "ownersRequired")),
  projectIds: checkboxGroup(z.array(z.uuid("invalidId"))),
});

const dueAfterStart = (v: { startDate: string; dueDate: string }) => v.dueDate >= v.startDate;
const dueIssue = { message: "dueBeforeStart", path: ["dueDate"] };

export const ZCreateInitiative = initiativeFields
  .extend({ milestones: z.array(ZMilestoneFields).max(50).default([]) })
  .refine(dueAfterStart, dueIssue);
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

/** Only web pages: a `data:` or `javascript:` link would run in the reader's browser. */
export const isWebLink = (value: string) => /^https?:\/\//i.test(value);
const link = z.url("linkInvalid").max(1000, "linkInvalid").refine(isWebLink, "linkScheme");
export const MAX_LINKED_EVIDENCE = 10;
export const ZPostUpdate = z.object({
  initiativeId: z.uuid("invalidId"),
  body: z.string().trim().min(1, "required").max(4000, "tooLong4000"),
  links: z.array(link).max(10).default([]),
  /** Evidence from the initiative's linked projects that backs the update. */
  evidenceIds: z.array(z.uuid("invalidId")).max(MAX_LINKED_EVIDENCE, "tooManyEvidence").default([]),
});
export type TPostUpdate = z.infer<typeof ZPostUpdate>;
/** The route handler's payload: the initiative comes from the URL. */
export const ZPostUpdateRequest = ZPostUpdate.omit({ initiativeId: true });

/** The evidence picker's search; empty filters mean "any". */
export const ZEvidenceSearch = z.object({
  q: z.string().trim().max(200, "tooLong200").default(""),
  indicatorId: z.uuid("invalidId").optional(),
  projectId: z.uuid("invalidId").optional(),
  status: z.enum(CITABLE_STATUSES, "invalid").optional(),
});
export type TEvidenceSearch = z.infer<typeof ZEvidenceSearch>;

export const ZAddMilestone = ZMilestoneFields.extend({ initiativeId: z.uuid("invalidId") });
export type TAddMilestone = z.infer<typeof ZAddMilestone>;

export const ZSetMilestoneDone = z.object({ milestoneId: z.uuid("invalidId"), done: z.boolean() });
export type TSetMilestoneDone = z.infer<typeof ZSetMilestoneDone>;

/** The milestone as the organizer saw it (version), moved one place up or down. */
export const ZMoveMilestone = z.object({
  milestoneId: z.uuid("invalidId"),
  version: z.number().int().positive(),
  direction: z.enum(["up", "down"], "invalid"),
});
export type TMoveMilestone = z.infer<typeof ZMoveMilestone>;

export const ZDeleteMilestone = z.object({ milestoneId: z.uuid("invalidId"), version: z.number().int().positive() });
export type TDeleteMilestone = z.infer<typeof ZDeleteMilestone>;
