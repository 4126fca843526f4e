import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, can, isRole, type Actor } from "@/lib/auth/permissions";
import { getDb, type DbTx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

import { activeTokensOf, type TokenOwner } from "./active";
import { revokeTokensOf } from "./revoke-on";
import { MAX_ACTIVE_TOKENS, type TCreateOrganizationToken, type TCreatePersonalToken, type TRevokeToken } from "./schema";
import { newTokenSecret, type TokenKind } from "./secret";

/**
 * Personal tokens (each person on /account) and organization tokens (administrators, on the
 * organization's page): created with their secret shown once, listed with their last use,
 * revoked. Every change is audited; the audit entry never holds the secret or its hash.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

const listSelect = {
  id: true,
  kind: true,
  name: true,
  hint: true,
  scope: true,
  expiresAt: true,
  revokedAt: true,
  revokedReason: true,
  lastUsedAt: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  // Who revoked it by hand. A reader of a list may see them: a personal token is revoked by hand
  // by its owner (their own list) or, all at once, by an administrator, whom the owner's list names
  // (revokePersonalTokensOf); an organization's by an administrator (read by administrators).
  revokedBy: { select: { name: true } },
} as const;

export type TokenListRow = Awaited<ReturnType<typeof listOwnTokens>>[number];

/** Revoked and expired tokens stay listed (most recent first) so their last use remains visible. */
const LIST_LIMIT = 50;

export async function listOwnTokens(actor: Actor) {
  assertCan(actor, "apiToken.manageOwn", { userId: actor.id });
  return getDb().apiToken.findMany({
    where: { userId: actor.id, kind: "PERSONAL" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    select: listSelect,
  });
}

export async function listOrganizationTokens(actor: Actor, organizationId: string) {
  assertCan(actor, "apiToken.manageOrganization");
  assertUuid(organizationId);
  return getDb().apiToken.findMany({
    where: { organizationId, kind: "ORGANIZATION" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    select: listSelect,
  });
}

/** Counted under a lock on the owner's row, so parallel creations cannot pass the limit. */
async function assertRoomForAnother(tx: DbTx, owner: TokenOwner) {
  if ("userId" in owner) await tx.$queryRaw`SELECT 1 FROM users WHERE id = ${owner.userId}::uuid FOR UPDATE`;
  else await tx.$queryRaw`SELECT 1 FROM organizations WHERE id = ${owner.organizationId}::uuid FOR UPDATE`;
  const active = await tx.apiToken.count({ where: activeTokensOf(owner) });
  if (active >= MAX_ACTIVE_TOKENS) throw new ValidationError("tooManyTokens", undefined, { max: MAX_ACTIVE_TOKENS });
}

async function insertToken(
  tx: DbTx,
  actor: Actor,
  kind: TokenKind,
  data: {
    name: string;
    scope: "READ" | "READ_WRITE";
    lifetimeDays: number;
    userId: string | null;
    organizationId: string | null;
    ownerRole: "ADMIN" | "ORGANIZER" | "PARTNER" | null;
  },
) {
  const { secret, tokenHash, hint } = newTokenSecret(kind);
  const { lifetimeDays, ...fields } = data;
  const token = await tx.apiToken.create({
    data: { ...fields, kind, tokenHash, hint, createdById: actor.id, expiresAt: new Date(Date.now() + lifetimeDays * DAY_MS) },
    select: { ...listSelect, userId: true, organizationId: true, ownerRole: true },
  });
  await recordAudit(tx, { actorId: actor.id, action: "apiToken.create", entityType: "ApiToken", entityId: token.id, after: token });
  return { secret, token };
}

/**
 * A token that acts as its creator, within `scope`. It records the creator's role and
 * organization now: should either change, the token stops working rather than carry new powers.
 */
export async function createPersonalToken(actor: Actor, input: TCreatePersonalToken) {
  assertCan(actor, "apiToken.manageOwn", { userId: actor.id });
  if (!isRole(actor.role)) throw new ForbiddenError();
  const ownerRole = actor.role;
  return getDb().$transaction(async (tx) => {
    await assertRoomForAnother(tx, { userId: actor.id });
    return insertToken(tx, actor, "PERSONAL", {
      name: input.name,
      scope: input.scope,
      lifetimeDays: input.lifetimeDays,
      userId: actor.id,
      organizationId: actor.organizationId,
      ownerRole,
    });
  });
}

/** A read-only token for an organization's systems (see organizationTokenActor). */
export async function createOrganizationToken(actor: Actor, input: TCreateOrganizationToken) {
  assertCan(actor, "apiToken.manageOrganization");
  return getDb().$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: input.organizationId }, select: { archivedAt: true } });
    if (!org || org.archivedAt) throw new ValidationError("organizationInvalid");
    await assertRoomForAnother(tx, { organizationId: input.organizationId });
    return insertToken(tx, actor, "ORGANIZATION", {
      name: input.name,
      scope: "READ",
      lifetimeDays: input.lifetimeDays,
      userId: null,
      organizationId: input.organizationId,
      ownerRole: null,
    });
  });
}

/**
 * Ends a token at once: the next request with it is refused. The owner revokes a personal token,
 * an administrator an organization's. Revoking a revoked token changes nothing.
 */
export async function revokeToken(actor: Actor, input: TRevokeToken) {
  // Who may revoke anything at all, before a row is read; which token is theirs comes below.
  if (!can(actor, "apiToken.manageOwn", { userId: actor.id }) && !can(actor, "apiToken.manageOrganization")) throw new ForbiddenError();
  assertUuid(input.id);
  return getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM api_tokens WHERE id = ${input.id}::uuid FOR UPDATE`;
    const before = await tx.apiToken.findUnique({ where: { id: input.id }, select: { ...listSelect, userId: true, organizationId: true } });
    if (!before) throw new NotFoundError();
    if (before.kind === "PERSONAL") assertCan(actor, "apiToken.manageOwn", { userId: before.userId ?? undefined });
    else assertCan(actor, "apiToken.manageOrganization");
    if (before.revokedAt) return before;
    const after = await tx.apiToken.update({
      where: { id: input.id },
      // Only a revocation by hand names who did it; automatic ones record their reason (revoke-on.ts).
      data: { revokedAt: new Date(), revokedById: actor.id },
      select: { ...listSelect, userId: true, organizationId: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "apiToken.revoke",
      entityType: "ApiToken",
      entityId: input.id,
      before: { revokedAt: null },
      after: { revokedAt: after.revokedAt, name: after.name, kind: after.kind, userId: after.userId, organizationId: after.organizationId },
    });
    return after;
  });
}

/** For an administrator's user page: how many personal tokens of the person still work. */
export async function countActivePersonalTokensOf(actor: Actor, userId: string): Promise<number> {
  assertCan(actor, "user.read");
  assertUuid(userId);
  return getDb().apiToken.count({ where: activeTokensOf({ userId }) });
}

/**
 * An administrator revokes every personal token of a person without deactivating them: with
 * "sign out everywhere" (lib/sessions), the answer to a compromised account. Each token records
 * the reason and the administrator, so its owner's list says who ended it. An administrator
 * revokes their own tokens on /account, one by one; here it is refused. Audited once for the
 * person (with the count) beside each token's own entry; returns how many were revoked.
 */
export async function revokePersonalTokensOf(actor: Actor, userId: string): Promise<number> {
  assertCan(actor, "user.manage");
  assertUuid(userId);
  if (userId === actor.id) throw new ValidationError("cannotRevokeOwnTokensHere");
  return getDb().$transaction(async (tx) => {
    // The owner's row lock that revokeTokensOf relies on: a token created in parallel (creation
    // takes FOR UPDATE) is either revoked here or created afterwards. FOR NO KEY UPDATE (what an
    // update of the row takes), not FOR UPDATE: the person revoking a token on /account locks
    // that token's row, then checks its foreign keys to this row (FOR KEY SHARE), which FOR UPDATE
    // would block while this waits for the token's row: a deadlock.
    const owner = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
    if (owner.length === 0) throw new NotFoundError();
    const count = await revokeTokensOf(tx, { userId }, actor.id, "administratorRevoked", { byHand: true });
    if (count > 0) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.revokeTokens",
        entityType: "User",
        entityId: userId,
        after: { tokensRevoked: count },
      });
    }
    return count;
  });
}

/** The token a request authenticated with (GET /api/v1/token). */
export async function describeToken(actor: Actor) {
  if (!actor.token) throw new ForbiddenError();
  const orgSelect = { id: true, nameEn: true, nameZh: true, nameRu: true, country: true } as const;
  return getDb().apiToken.findUniqueOrThrow({
    where: { id: actor.token.id },
    select: {
      id: true,
      kind: true,
      name: true,
      scope: true,
      expiresAt: true,
      user: { select: { name: true, role: true } },
      organization: { select: orgSelect },
    },
  });
}
