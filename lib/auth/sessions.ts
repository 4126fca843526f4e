import "server-only";

import { getDb, type DbTx } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";

/**
 * Signed-in sessions as rows. The JWT alone would stay valid for its whole life wherever it is
 * copied; the row lets sign-out (and an administrator) end it on every app instance at once.
 */

/** A session lasts this long from sign-in, however active (the JWT's own life is the same). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Opens a session inside the sign-in transaction; expired rows of the same user go at the same time. */
export async function startSession(tx: Pick<DbTx, "userSession">, userId: string, ip: string): Promise<string> {
  const now = new Date();
  await tx.userSession.deleteMany({ where: { userId, expiresAt: { lt: now } } });
  const row = await tx.userSession.create({
    data: { userId, ip, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return row.id;
}

/** Ends one session (sign-out). Returns whether an open session of that user was ended. */
export async function endSession(userId: string, sessionId: unknown): Promise<boolean> {
  if (typeof sessionId !== "string" || !isUuid(sessionId)) return false;
  const { count } = await getDb().userSession.updateMany({
    where: { id: sessionId, userId, endedAt: null },
    data: { endedAt: new Date() },
  });
  return count > 0;
}

/**
 * Ends every open session of a user, inside the transaction that bumps their session version
 * (password change or reset, deactivation, a new role or organization, a second-factor reset, an
 * administrator's "sign out everywhere"). The version alone already refuses those sessions; ending
 * the rows as well keeps the user's list of signed-in sessions (/account) from showing them as
 * open. Returns the ids of the sessions ended; rows already expired are left as they are (nothing
 * reads them as open), so the ids are those of sessions that were still usable. Called after the
 * update that bumps the version, whose row lock a sign-in's transaction also takes: a sign-in
 * either fails on the new version or commits first and has its session ended here
 * (lib/auth/sign-in.ts).
 */
export async function endAllSessions(tx: Pick<DbTx, "userSession">, userId: string): Promise<string[]> {
  const now = new Date();
  const ended = await tx.userSession.updateManyAndReturn({
    where: { userId, endedAt: null, expiresAt: { gt: now } },
    data: { endedAt: now },
    select: { id: true },
  });
  return ended.map((row) => row.id);
}
