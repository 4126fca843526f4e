import { z } from "zod";

/** Lifetimes offered, in days: a token always expires, after a year at most. */
export const TOKEN_LIFETIMES = [7, 30, 90, 180, 365] as const;
export const TOKEN_SCOPES = ["READ", "READ_WRITE"] as const;
export type TTokenScope = (typeof TOKEN_SCOPES)[number];
/** Active (unrevoked, unexpired) tokens one person or one organization may hold. */
export const MAX_ACTIVE_TOKENS = 20;

const name = z.string().trim().min(1, "required").max(80, "tooLong80");
const lifetime = z.coerce
  .number("lifetimeInvalid")
  .refine((days) => (TOKEN_LIFETIMES as readonly number[]).includes(days), "lifetimeInvalid");

export const ZCreatePersonalToken = z.object({
  name,
  scope: z.enum(TOKEN_SCOPES, "scopeInvalid"),
  lifetimeDays: lifetime,
});
export type TCreatePersonalToken = z.infer<typeof ZCreatePersonalToken>;

/** Organization tokens only read (lib/auth/permissions.ts, organizationTokenActor). */
export const ZCreateOrganizationToken = z.object({
  organizationId: z.uuid("invalidId"),
  name,
  lifetimeDays: lifetime,
});
export type TCreateOrganizationToken = z.infer<typeof ZCreateOrganizationToken>;

export const ZRevokeToken = z.object({ id: z.uuid("invalidId") });
export type TRevokeToken = z.infer<typeof ZRevokeToken>;

/** The person whose personal tokens an administrator revokes (their user page). */
export const ZRevokePersonalTokensOf = z.object({ userId: z.uuid("invalidId") });
export type TRevokePersonalTokensOf = z.infer<typeof ZRevokePersonalTokensOf>;
