import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { endAllSessions } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

/**
 * Signed-in sessions: a person's own (/account), where they are signed in and ending the ones
 * they no longer trust (a lost laptop); and an administrator ending all of someone's
 * (endSessionsOf). Ending a row takes effect on every app instance at the next request, since
 * each request reads its session row (lib/auth/session.ts). Personal API tokens stay valid, as
 * with GitHub's and Google's "sign out of other sessions"; a password change is what revokes them
 * (lib/accounts/service.ts).
 */

export type OwnSession = { id: string; ip: string; createdAt: Date; expiresAt: Date; current: boolean };

/** More than anyone has open in eight hours; "sign out of all other sessions" ends them all regardless. */
const MAX_LISTED = 100;

const openSessionsOf = (userId: string, now: Date) => ({ userId, endedAt: null, expiresAt: { gt: now } });
const endedView = { id: true, ip: true, createdAt: true } as const;

/** The user's open sessions, newest first; `currentSessionId` (this request's) is marked. */
export async function listOwnSessions(actor: Actor, currentSessionId: string | null): Promise<OwnSession[]> {
  assertCan(actor, "account.updateOwn", { userId: actor.id });
  const rows = await getDb().userSession.findMany({
    where: openSessionsOf(actor.id, new Date()),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, ip: true, createdAt: true, expiresAt: true },
    take: MAX_LISTED,
  });
  return rows.map((row) => ({ ...row, current: row.id === currentSessionId }));
}

/**
 * Ends one other open session of the actor. The owner is part of the update's condition, so the
 * id of someone else's session (or one already ended) matches no row and changes nothing.
 */
export async function endOwnSession(actor: Actor, currentSessionId: string, sessionId: string) {
  assertCan(actor, "account.updateOwn", { userId: actor.id });
  assertUuid(sessionId, "sessionNotFound");
  // This session ends through "Sign out", which also clears the browser's cookie.
  if (sessionId === currentSessionId) throw new ValidationError("cannotEndCurrentSession");
  return getDb().$transaction(async (tx) => {
    const now = new Date();
    const [ended] = await tx.userSession.updateManyAndReturn({
      where: { id: sessionId, ...openSessionsOf(actor.id, now) },
      data: { endedAt: now },
      select: endedView,
    });
    if (!ended) throw new NotFoundError("sessionNotFound");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.endSession",
      entityType: "User",
      entityId: actor.id,
      after: { sessionId: ended.id, ip: ended.ip, startedAt: ended.createdAt },
    });
    return ended;
  });
}

/** Ends every open session of the actor except `currentSessionId`; returns how many ended. */
export async function endOtherOwnSessions(actor: Actor, currentSessionId: string): Promise<number> {
  assertCan(actor, "account.updateOwn", { userId: actor.id });
  assertUuid(currentSessionId);
  return getDb().$transaction(async (tx) => {
    const now = new Date();
    const ended = await tx.userSession.updateManyAndReturn({
      where: { ...openSessionsOf(actor.id, now), id: { not: currentSessionId } },
      data: { endedAt: now },
      select: endedView,
    });
    if (ended.length === 0) return 0;
    ended.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.endOtherSessions",
      entityType: "User",
      entityId: actor.id,
      after: { count: ended.length, sessionIds: ended.map((s) => s.id), ips: ended.map((s) => s.ip) },
    });
    return ended.length;
  });
}

/** For an administrator's user page: how many sessions the person has open now. */
export async function countOpenSessionsOf(actor: Actor, userId: string): Promise<number> {
  assertCan(actor, "user.read");
  assertUuid(userId);
  return getDb().userSession.count({ where: openSessionsOf(userId, new Date()) });
}

/**
 * An administrator signs a person out of every browser without deactivating them: the answer to a
 * stolen laptop or a compromised account. It ends sessions as deactivation and a password change
 * do, in one transaction: the session version is bumped (so no session opened before it is
 * accepted again) and the rows are ended. Personal API tokens stay valid, as with the person's own
 * "sign out of all other sessions": the administrator revokes them with revokePersonalTokensOf
 * (lib/api-tokens), and deactivation or a new password revokes them too. An administrator signs
 * themself out elsewhere on /account, which keeps this session; here it is refused. Audited even
 * when nothing was open, since the version changed all the same. Returns how many ended.
 */
export async function endSessionsOf(actor: Actor, userId: string): Promise<number> {
  assertCan(actor, "user.manage");
  assertUuid(userId);
  if (userId === actor.id) throw new ValidationError("cannotEndOwnSessionsHere");
  return getDb().$transaction(async (tx) => {
    // Only the session version changes, not `version` (the edit form's optimistic lock): nothing
    // the form shows has changed, so an administrator's open edit form stays valid.
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    if (count === 0) throw new NotFoundError();
    const sessionIds = (await endAllSessions(tx, userId)).sort();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.endAllSessions",
      entityType: "User",
      entityId: userId,
      after: { count: sessionIds.length, sessionIds },
    });
    return sessionIds.length;
  });
}
