import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { getDb } from "@/lib/db/client";
import { RateLimitError, UnauthorizedError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

import { getDummyHash, verifyPassword } from "./password";

export const LOGIN_WINDOW_MINUTES = 15;
export const LOGIN_MAX_FAILURES = 10;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a sign-in. Failures are counted per account and per client address in PostgreSQL,
 * so the limit holds across app instances. Unknown email, wrong password and a deactivated
 * account all get the same answer.
 */
export async function authenticate(input: { email: string; password: string; ip: string }) {
  const db = getDb();
  const email = normalizeEmail(input.email).slice(0, 320);
  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);

  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip: input.ip, success: false, createdAt: { gte: since } } }),
  ]);
  if (byEmail >= LOGIN_MAX_FAILURES || byIp >= LOGIN_MAX_FAILURES) {
    throw new RateLimitError("rateLimited", { minutes: LOGIN_WINDOW_MINUTES });
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, status: true, passwordHash: true, sessionVersion: true },
  });
  const ok =
    user?.passwordHash && user.status === "ACTIVE"
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyPassword(await getDummyHash(), input.password).then(() => false);

  await db.loginAttempt.create({ data: { email, ip: input.ip, success: ok } });
  if (!ok || !user) throw new UnauthorizedError();

  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "user.signIn", entityType: "User", entityId: user.id });
  });
  return user;
}

/**
 * Audits a sign-out (next-auth's `events.signOut`, given the decoded JWT). Recorded even when
 * the session is already stale (e.g. right after a password change, which signs the user out):
 * it is still that person ending their session. A token without a known user records nothing.
 */
export async function recordSignOut(token: { uid?: unknown } | null | undefined): Promise<boolean> {
  const uid = typeof token?.uid === "string" ? token.uid : null;
  if (!uid || !isUuid(uid)) return false;
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: uid }, select: { id: true } });
  if (!user) return false;
  await recordAudit(db, { actorId: user.id, action: "user.signOut", entityType: "User", entityId: user.id });
  return true;
}
