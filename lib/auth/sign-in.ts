import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { getDb } from "@/lib/db/client";
import { AppError, UnauthorizedError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { verifySecondFactor, type SecondFactorMethod } from "@/lib/two-factor/service";

import { getDummyHash, verifyPassword } from "./password";
import { endSession, startSession } from "./sessions";
import { reserveAttempt, resolveAttempt } from "./throttle";

/** The password was right and the account has a second factor: ask for the code. */
export class SecondFactorRequiredError extends AppError {
  constructor() {
    super("secondFactorRequired");
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a sign-in and opens a session. Every password and code check is throttled atomically
 * (lib/auth/throttle.ts), so the limits hold under parallel requests and across app instances.
 * Unknown email, wrong password and a deactivated account all get the same answer; a user with
 * a second factor must also give an authenticator or recovery code (`code`).
 */
export async function authenticate(input: { email: string; password: string; code?: string; ip: string }) {
  const db = getDb();
  const email = normalizeEmail(input.email).slice(0, 320);

  const attempt = await reserveAttempt({ email, address: input.ip, factor: "PASSWORD" });
  let ok = false;
  let user;
  try {
    user = await db.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, status: true, passwordHash: true, sessionVersion: true, totpEnabledAt: true },
    });
    ok =
      user?.passwordHash && user.status === "ACTIVE"
        ? await verifyPassword(user.passwordHash, input.password)
        : await verifyPassword(await getDummyHash(), input.password).then(() => false);
  } finally {
    await resolveAttempt(attempt, ok);
  }
  if (!ok || !user) throw new UnauthorizedError();

  let secondFactor: SecondFactorMethod | null = null;
  if (user.totpEnabledAt) {
    if (!input.code?.trim()) throw new SecondFactorRequiredError();
    secondFactor = await verifySecondFactor(user, input.code, input.ip);
  }

  const signedIn = user;
  const sessionId = await db.$transaction(async (tx) => {
    // Only while the session version is still the one read with the password: whatever bumps it
    // (a new password, deactivation, "sign out everywhere") between that read and here would
    // refuse the new session at once, while its row stayed open in the person's list and the
    // administrator's count until it expired. The update takes the user row's lock, which every
    // bump takes before ending the rows (lib/auth/sessions.ts endAllSessions): a bump that
    // committed first fails the condition, one that comes later waits and then ends this session.
    const { count } = await tx.user.updateMany({
      where: { id: signedIn.id, sessionVersion: signedIn.sessionVersion },
      data: { lastLoginAt: new Date() },
    });
    if (count === 0) throw new UnauthorizedError();
    const id = await startSession(tx, signedIn.id, input.ip);
    // The session row's id, which the entries that end sessions name too; never the cookie's token.
    await recordAudit(tx, {
      actorId: signedIn.id,
      action: "user.signIn",
      entityType: "User",
      entityId: signedIn.id,
      after: { secondFactor, sessionId: id },
    });
    return id;
  });
  return {
    id: signedIn.id,
    email: signedIn.email,
    name: signedIn.name,
    sessionVersion: signedIn.sessionVersion,
    sessionId,
  };
}

/**
 * Ends the session and audits the sign-out (next-auth's `events.signOut`, given the decoded JWT).
 * Recorded even when the session is already stale (e.g. right after a password change, which signs
 * the user out): it is still that person ending their session. The entry names the session row it
 * ended, as the sign-in's does (never the cookie's token); a token from before session rows names
 * none. A token without a known user records nothing.
 */
export async function recordSignOut(token: { uid?: unknown; sid?: unknown } | null | undefined): Promise<boolean> {
  const uid = typeof token?.uid === "string" ? token.uid : null;
  if (!uid || !isUuid(uid)) return false;
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: uid }, select: { id: true } });
  if (!user) return false;
  const sessionId = typeof token?.sid === "string" && isUuid(token.sid) ? token.sid : null;
  await endSession(user.id, sessionId);
  await recordAudit(db, {
    actorId: user.id,
    action: "user.signOut",
    entityType: "User",
    entityId: user.id,
    ...(sessionId ? { after: { sessionId } } : {}),
  });
  return true;
}
