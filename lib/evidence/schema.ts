import { z } from "zod";

import { MAX_ATTACHMENTS } from "@/lib/attachments/limits";
import { toIsoDate, ZIsoDate } from "@/lib/dates";
import { locales } from "@/lib/i18n/routing";

// Messages are keys under `validation.` / `evidence.validation.` in the message files, so the
// form and the server show the same translated text.

export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/attachments/limits";
export const MAX_NARRATIVE = 5000;
/** Values above this are typing mistakes, not measurements (no catalog unit comes close). */
export const MAX_QUANTITY = 1e12;

const narrative = z.string().trim().max(MAX_NARRATIVE, "tooLong5000");

/** http(s) only: a `javascript:` or `file:` link must never become clickable. */
export const ZSourceUrl = z
  .string()
  .trim()
  .max(2000, "urlInvalid")
  .refine((s) => {
    if (s === "") return true;
    try {
      const url = new URL(s);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "urlInvalid");

/** The latest day a period may end: today, with a day's allowance for time zones east of UTC. */
export function latestPeriodEnd(now: Date = new Date()): string {
  return toIsoDate(new Date(now.getTime() + 86_400_000));
}

export const ZEvidenceFields = z
  .object({
    indicatorId: z.uuid("indicatorRequired"),
    value: z.number("valueRequired").refine(Number.isFinite, "valueRequired"),
    periodStart: ZIsoDate,
    periodEnd: ZIsoDate,
    originalLocale: z.enum(locales, "localeInvalid"),
    narrative: narrative.min(1, "required"),
    /** Human translations into the other languages; empty = none. */
    translations: z.object({ en: narrative.optional(), zh: narrative.optional(), ru: narrative.optional() }).default({}),
    sourceUrl: ZSourceUrl.default(""),
    /** The author checked a value far outside the usual range and keeps it (lib/evidence/outliers.ts). */
    confirmOutlier: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.periodStart > v.periodEnd) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "periodOrder" });
    if (v.periodEnd > latestPeriodEnd()) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "periodFuture" });
  });
export type TEvidenceFields = z.infer<typeof ZEvidenceFields>;

export const ZCreateEvidence = z.object({ projectId: z.uuid("invalidId"), fields: ZEvidenceFields });
export type TCreateEvidence = z.infer<typeof ZCreateEvidence>;

export const ZUpdateEvidence = z.object({
  id: z.uuid("invalidId"),
  version: z.number().int().positive(),
  fields: ZEvidenceFields,
  /** Attachments to delete (ids of existing ones). */
  removeAttachmentIds: z.array(z.uuid("invalidId")).max(MAX_ATTACHMENTS).default([]),
});
export type TUpdateEvidence = z.infer<typeof ZUpdateEvidence>;

export const ZEvidenceRef = z.object({ id: z.uuid("invalidId"), version: z.number().int().positive() });
export type TEvidenceRef = z.infer<typeof ZEvidenceRef>;

export const DECISIONS = ["CONFIRM", "DISPUTE", "RETURN"] as const;

/** A counterpart's decision about the version of the evidence they were shown. */
export const ZDecision = z.discriminatedUnion("decision", [
  z.object({
    id: z.uuid("invalidId"),
    version: z.number().int().positive(),
    decision: z.literal("CONFIRM"),
    reason: z.string().trim().max(2000, "tooLong2000").optional(),
  }),
  z.object({
    id: z.uuid("invalidId"),
    version: z.number().int().positive(),
    decision: z.literal("DISPUTE"),
    reason: z.string().trim().min(1, "reasonRequired").max(2000, "tooLong2000"),
  }),
  z.object({
    id: z.uuid("invalidId"),
    version: z.number().int().positive(),
    decision: z.literal("RETURN"),
    reason: z.string().trim().max(2000, "tooLong2000").optional(),
    fixes: z
      .array(z.string().trim().max(500, "tooLong500"))
      .transform((list) => list.filter((f) => f !== ""))
      .pipe(z.array(z.string()).min(1, "fixesRequired").max(20, "tooManyFixes")),
  }),
]);
export type TDecision = z.infer<typeof ZDecision>;

/** Save as a draft, or save and submit for verification in one step. */
export const ZIntent = z.enum(["draft", "submit"]).default("draft");

export const ZCreateRequest = ZCreateEvidence.extend({ intent: ZIntent });
export const ZUpdateRequest = ZUpdateEvidence.omit({ id: true }).extend({ intent: ZIntent });

/** The verification queue's bulk confirmation: the versions the verifier was shown. */
export const MAX_BULK = 200;
export const ZConfirmMany = z.object({
  items: z
    .array(z.object({ id: z.uuid("invalidId"), version: z.number().int().positive() }))
    .min(1, "bulkEmpty")
    .max(MAX_BULK, "bulkTooMany"),
});
export type TConfirmMany = z.infer<typeof ZConfirmMany>;
