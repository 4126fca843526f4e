import { z } from "zod";

import type { TargetType } from "@/lib/db/target-arc";
import { locales } from "@/lib/i18n/routing";

// Messages are keys under `validation.` or `comments.validation.` in the message files, so the
// composer and the server show the same translated text.

export const MAX_COMMENT_LENGTH = 5000;
export const MAX_REASON_LENGTH = 500;
/** A comment on the target is level 1; replies nest two levels below it. */
export const MAX_DEPTH = 2;

// The kinds of target; their type is TargetType of lib/db/target-arc.ts.
export const TARGET_TYPES = ["PROJECT", "EVIDENCE", "INITIATIVE"] as const satisfies readonly TargetType[];

export const ZTarget = z.object({ type: z.enum(TARGET_TYPES, "invalidId"), id: z.uuid("invalidId") });
export type TTarget = z.infer<typeof ZTarget>;

/** `PROJECT:<uuid>` as used in the API's query strings. */
export function parseTargetParam(value: string | null): TTarget | null {
  const [type, id] = (value ?? "").split(":");
  const parsed = ZTarget.safeParse({ type, id });
  return parsed.success ? parsed.data : null;
}

/** The `target` query parameter of the comments API, parsed. */
export const ZTargetParam = z.string("invalidId").transform((value, ctx) => {
  const target = parseTargetParam(value);
  if (!target) ctx.addIssue({ code: "custom", message: "invalidId" });
  return target ?? z.NEVER;
});

/**
 * `since`: an ISO time; the thread's changes at or after it. Years outside 1970–9999 are refused:
 * JavaScript parses far wider dates than PostgreSQL stores.
 */
export const ZSinceParam = z
  .string()
  .refine((s) => {
    const time = Date.parse(s);
    return time >= 0 && time < Date.UTC(10_000, 0, 1);
  }, "invalidInput")
  .transform((s) => new Date(s))
  .optional();

export function targetParam(target: TTarget): string {
  return `${target.type}:${target.id}`;
}

const body = z.string().trim().min(1, "bodyRequired").max(MAX_COMMENT_LENGTH, "bodyTooLong");
const reason = z.string().trim().min(1, "reasonRequired").max(MAX_REASON_LENGTH, "reasonTooLong");
const locale = z.enum(locales, "localeInvalid");
const version = z.number().int().positive();

export const ZCreateComment = z.object({
  target: ZTarget,
  parentId: z.uuid("invalidId").nullable().default(null),
  body,
  locale,
  revisionRequest: z.boolean().default(false),
});
export type TCreateComment = z.infer<typeof ZCreateComment>;

export const ZEditComment = z.object({ id: z.uuid("invalidId"), version, body, locale });
export type TEditComment = z.infer<typeof ZEditComment>;

export const ZCommentVersion = z.object({ id: z.uuid("invalidId"), version });
export type TCommentVersion = z.infer<typeof ZCommentVersion>;

export const ZTranslateComment = z.object({ id: z.uuid("invalidId"), locale, body });
export type TTranslateComment = z.infer<typeof ZTranslateComment>;

export const ZHideComment = z.object({ id: z.uuid("invalidId"), version, reason });
export type THideComment = z.infer<typeof ZHideComment>;

export const ZReportComment = z.object({ id: z.uuid("invalidId"), reason });
export type TReportComment = z.infer<typeof ZReportComment>;

export const ZCommentId = z.object({ id: z.uuid("invalidId") });
