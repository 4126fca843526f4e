import type { Prisma } from "@/lib/db/client";

/** A person, whose personal tokens are meant, or an organization, whose organization tokens are. */
export type TokenOwner = { userId: string } | { organizationId: string };

/**
 * The tokens of `owner` that still work at `now`: not revoked, not expired. What the limit on
 * active tokens counts, the administrator's user page counts and an event revokes (revoke-on.ts);
 * a request's own token is checked in SQL against the database's clock (authenticate.ts).
 */
export function activeTokensOf(owner: TokenOwner, now = new Date()) {
  return {
    ...("userId" in owner
      ? { userId: owner.userId, kind: "PERSONAL" as const }
      : { organizationId: owner.organizationId, kind: "ORGANIZATION" as const }),
    revokedAt: null,
    expiresAt: { gt: now },
  } satisfies Prisma.ApiTokenWhereInput;
}
