/**
 * Why tokens were ended without their owner asking: the events after which a token must not
 * keep acting (a stolen token must not outlive a password change, say). Stored on the token
 * (`revokedReason`, for its owner's list) and in the audit entry of each revocation; both show
 * it in the reader's language (`apiTokens.endReasons`). `sessionsEnded` is what a second-factor
 * reset recorded before `secondFactorReset` existed: old audit entries still hold it.
 * `administratorRevoked` is an administrator revoking all of a person's tokens at once
 * (revokePersonalTokensOf), which also names them (`revokedById`).
 */
export const TOKEN_END_REASONS = [
  "passwordChanged",
  "sessionsEnded",
  "secondFactorReset",
  "roleChanged",
  "organizationChanged",
  "deactivated",
  "organizationArchived",
  "administratorRevoked",
] as const;

export type TokenEndReason = (typeof TOKEN_END_REASONS)[number];

export const isTokenEndReason = (value: unknown): value is TokenEndReason =>
  typeof value === "string" && (TOKEN_END_REASONS as readonly string[]).includes(value);
