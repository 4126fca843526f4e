import { z } from "zod";

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { locales } from "@/lib/i18n/routing";

export const ROLE_VALUES = ["ADMIN", "ORGANIZER", "PARTNER"] as const;

const email = z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong254").pipe(z.email("emailInvalid"));

export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "passwordTooShort")
  .max(PASSWORD_MAX_LENGTH, "passwordTooLong")
  // A password of one repeated character is not a password.
  .refine((p) => new Set(p).size >= 4, "passwordTooSimple");

const personName = z.string().trim().min(1, "required").max(120, "tooLong120");
const role = z.enum(ROLE_VALUES, "roleInvalid");
const organizationId = z.union([z.uuid("organizationInvalid"), z.literal("")]).optional();

/** A partner belongs to exactly one organization; other roles belong to none. */
function partnerNeedsOrganization(value: { role: string; organizationId?: string }, ctx: z.RefinementCtx) {
  if (value.role === "PARTNER" && !value.organizationId) {
    ctx.addIssue({ code: "custom", path: ["organizationId"], message: "organizationRequired" });
  }
}

export const ZInviteUser = z
  .object({
    email,
    name: personName,
    role,
    organizationId,
    locale: z.enum(locales, "localeInvalid"),
  })
  .superRefine(partnerNeedsOrganization);
export type TInviteUser = z.infer<typeof ZInviteUser>;

export const ZUpdateUser = z
  .object({
    id: z.uuid("invalidId"),
    version: z.number().int().positive(),
    name: personName,
    role,
    organizationId,
  })
  .superRefine(partnerNeedsOrganization);
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

export const ZUserId = z.object({ id: z.uuid("invalidId") });

export const ZSetUserStatus = z.object({ id: z.uuid("invalidId"), active: z.boolean() });

const token = z.string().min(20, "tokenInvalid").max(200, "tokenInvalid");

export const ZAcceptInvitation = z
  .object({ token, password: ZPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "passwordsDiffer" });

export const ZResetPassword = ZAcceptInvitation;

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "passwordTooLong"),
    newPassword: ZPassword,
    confirm: z.string(),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "passwordsDiffer" });

export const ZSetLocale = z.object({ locale: z.enum(locales, "localeInvalid") });

export const ZSignIn = z.object({
  email: z.string().trim().min(1, "required").max(254, "tooLong254"),
  password: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "passwordTooLong"),
  /** Asked for only once the password was right and the account has a second factor. */
  code: z.string().trim().max(40, "codeInvalid").optional(),
});
