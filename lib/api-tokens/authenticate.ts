import "server-only";

import { organizationTokenActor, personalTokenActor, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { RateLimitError, UnauthorizedError } from "@/lib/errors";

import { tokenHashOf } from "./secret";

/** Where the token stands in its rate-limit window, for the RateLimit-* response headers. */
export type RateState = { limit: number; remaining: number; resetSeconds: number };
export type TokenAuth = { actor: Actor; rate: RateState };

type CountedRow = {
  id: string;
  kind: "PERSONAL" | "ORGANIZATION";
  scope: "READ" | "READ_WRITE";
  userId: string | null;
  organizationId: string | null;
  ownerRole: string | null;
  rateLimit: number;
  windowCount: number;
  resetSeconds: number;
};

/** `Authorization: Bearer <secret>`; nothing else (no query string, no cookie) carries a token. */
function bearerSecret(authorization: string | null): string {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? "");
  if (!match) throw new UnauthorizedError("tokenMissing");
  return match[1];
}

/**
 * One statement authenticates the token and counts the request in its one-minute window: the
 * UPDATE takes the row lock, so parallel requests of one token queue there and each sees the
 * count left by the one before (PostgreSQL re-reads the row after waiting), in every app instance.
 * A request past the limit is counted too; the window restarts a minute after it began.
 */
async function countRequest(tokenHash: string): Promise<CountedRow | undefined> {
  const rows = await getDb().$queryRaw<CountedRow[]>`
    UPDATE api_tokens SET
      last_used_at = now(),
      window_started_at = CASE WHEN window_started_at <= now() - interval '1 minute' THEN now() ELSE window_started_at END,
      window_count = CASE WHEN window_started_at <= now() - interval '1 minute' THEN 1 ELSE window_count + 1 END
    WHERE token_hash = ${tokenHash} AND revoked_at IS NULL AND expires_at > now()
    RETURNING id, kind::text AS kind, scope::text AS scope, user_id AS "userId", organization_id AS "organizationId",
      owner_role::text AS "ownerRole", rate_limit AS "rateLimit", window_count AS "windowCount",
      greatest(1, ceil(extract(epoch FROM window_started_at + interval '1 minute' - now())))::int AS "resetSeconds"`;
  return rows[0];
}

/** Why a token that passed the shape check was refused, as the code the client receives. */
async function refusal(tokenHash: string): Promise<string> {
  const token = await getDb().apiToken.findUnique({ where: { tokenHash }, select: { revokedAt: true, expiresAt: true } });
  if (!token) return "tokenInvalid";
  if (token.revokedAt) return "tokenRevoked";
  return "tokenExpired";
}

/**
 * The acting party, as it is now. A personal token acts as its owner while the owner is active and
 * keeps the role and organization recorded at creation; an organization token while its
 * organization is not archived. Anything else: the token no longer stands for anyone.
 */
async function actorOf(row: CountedRow): Promise<Actor> {
  const db = getDb();
  const grant = { id: row.id, scope: row.scope };
  if (row.kind === "ORGANIZATION") {
    const org = row.organizationId
      ? await db.organization.findUnique({ where: { id: row.organizationId }, select: { archivedAt: true } })
      : null;
    if (!org || org.archivedAt) throw new UnauthorizedError("tokenInvalid");
    return organizationTokenActor(row.id);
  }
  const user = row.userId
    ? await db.user.findUnique({ where: { id: row.userId }, select: { id: true, role: true, status: true, organizationId: true } })
    : null;
  if (!user || user.status !== "ACTIVE" || user.role !== row.ownerRole || user.organizationId !== row.organizationId) {
    throw new UnauthorizedError("tokenInvalid");
  }
  return personalTokenActor(user, grant);
}

/**
 * The /api/v1 authentication: the bearer token's actor and its rate-limit state. Refusals are
 * 401 with `tokenMissing`, `tokenInvalid`, `tokenRevoked` or `tokenExpired`, and 429
 * `apiRateLimited` with the seconds until the window restarts.
 */
export async function authenticateToken(authorization: string | null): Promise<TokenAuth> {
  const tokenHash = tokenHashOf(bearerSecret(authorization));
  if (!tokenHash) throw new UnauthorizedError("tokenInvalid");
  const row = await countRequest(tokenHash);
  if (!row) throw new UnauthorizedError(await refusal(tokenHash));
  const rate = { limit: row.rateLimit, remaining: Math.max(0, row.rateLimit - row.windowCount), resetSeconds: row.resetSeconds };
  if (row.windowCount > row.rateLimit) throw new RateLimitError("apiRateLimited", { seconds: row.resetSeconds });
  return { actor: await actorOf(row), rate };
}
