import "server-only";

import { revokeTokensOf } from "@/lib/api-tokens/revoke-on";
import { recordAudit } from "@/lib/audit/service";
import { assertCan, twoFactorRequired, type Actor } from "@/lib/auth/permissions";
import { endAllSessions } from "@/lib/auth/sessions";
import { releaseAttempt, reserveAttempt, resolveAttempt } from "@/lib/auth/throttle";
import { getDb, type DbTx } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";

import { hashRecoveryCode, isTotpCode, matchingStep, newRecoveryCodes, newTotpSecret, normalizeCode, otpauthUri, qrPath } from "./codes";
import { openSecret, sealSecret, UnreadableSecretError } from "./secret-box";

export type SecondFactorMethod = "totp" | "recovery";
type Who = { id: string; email: string };

/** What the account page shows. */
export async function getTwoFactorStatus(actor: Actor) {
  assertCan(actor, "account.updateOwn", { userId: actor.id });
  const user = await getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  const recoveryCodesLeft = await getDb().recoveryCode.count({ where: { userId: actor.id, usedAt: null } });
  return { enabledAt: user.totpEnabledAt, recoveryCodesLeft, required: twoFactorRequired(actor.role) };
}

/**
 * A new secret to scan; it replaces the enrolled one only once a code from it is confirmed.
 * Replacing an enrolled factor first takes a current code from it (or a recovery code), so a
 * borrowed session alone cannot move the account to someone else's authenticator.
 */
export async function startEnrolment(actor: Actor & { email: string }, proof?: { code?: string; ip: string }) {
  assertCan(actor, "account.updateOwn", { userId: actor.id });
  const { totpEnabledAt } = await getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  if (totpEnabledAt) {
    if (!proof?.code?.trim()) throw new ValidationError("currentCodeRequired", "code");
    await verifySecondFactor(actor, proof.code, proof.ip);
  }
  const secret = newTotpSecret();
  await getDb().user.update({ where: { id: actor.id }, data: { totpPendingSecret: sealSecret(secret) } });
  const uri = otpauthUri(secret, actor.email);
  return { secret, uri, qr: qrPath(uri) };
}

/**
 * A key this server cannot open: refused before any code is compared with it, so the attempt
 * checked no secret and is not the person's failure.
 */
class UnreadableKeyRefusal extends ValidationError {
  constructor(code: string) {
    super(code, "code");
  }
}

/**
 * Runs one throttled second-factor check (same atomic reservation as passwords, its own limits).
 * `check` says whether the code is right; a wrong code throws "codeInvalid". A key that cannot be
 * opened checked nothing: its attempt is dropped rather than counted as a wrong code, so the
 * person keeps seeing why (not "too many attempts") and no code was compared beyond the limit.
 * Anything else that fails counts as a failure, as before.
 */
async function throttledCheck<T>(who: Who, ip: string, check: () => Promise<T | null>): Promise<T> {
  const attempt = await reserveAttempt({ email: who.email, address: ip, factor: "SECOND_FACTOR" });
  let result: T | null = null;
  let checked = true;
  try {
    result = await check();
  } catch (error) {
    if (error instanceof UnreadableKeyRefusal) checked = false;
    throw error;
  } finally {
    await (checked ? resolveAttempt(attempt, result !== null) : releaseAttempt(attempt));
  }
  if (result === null) throw new ValidationError("codeInvalid", "code");
  return result;
}

/**
 * Opens a stored key. One sealed under a secret this server no longer holds (NEXTAUTH_SECRET
 * rotated without NEXTAUTH_SECRET_PREVIOUS) is the operator's problem, not the user's: it is
 * logged with its cause, and the user is told (`unreadable`) that the code cannot be checked.
 */
function openOrRefuse(stored: string, userId: string, unreadable: string) {
  try {
    return openSecret(stored);
  } catch (error) {
    if (!(error instanceof UnreadableSecretError)) throw error;
    log.error(
      { userId, keyId: error.keyId },
      "second-factor key sealed under an unknown secret: NEXTAUTH_SECRET changed without the old value in NEXTAUTH_SECRET_PREVIOUS",
    );
    throw new UnreadableKeyRefusal(unreadable);
  }
}

/**
 * The enrolled key in clear. A key still stored in clear (written before keys were sealed, or by
 * the demo seed) or sealed under a previous NEXTAUTH_SECRET is sealed under the current one now.
 */
async function enrolledSecret(db: Pick<DbTx, "user">, userId: string, stored: string | null): Promise<string | null> {
  if (!stored) return null;
  const { secret, reseal } = openOrRefuse(stored, userId, "secondFactorUnreadable");
  if (reseal) await db.user.updateMany({ where: { id: userId, totpSecret: stored }, data: { totpSecret: sealSecret(secret) } });
  return secret;
}

/** Accepts a TOTP code once: the step must be later than the last one accepted (atomic). */
async function acceptTotp(tx: Pick<DbTx, "user">, userId: string, secret: string | null, code: string): Promise<number | null> {
  const step = secret ? matchingStep(secret, code) : null;
  if (step === null) return null;
  const { count } = await tx.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1 ? step : null;
}

/** Uses up one unused recovery code (atomic: two parallel uses of one code cannot both pass). */
async function acceptRecoveryCode(userId: string, code: string): Promise<boolean> {
  const { count } = await getDb().recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  if (count === 0) return false;
  await recordAudit(getDb(), { actorId: userId, action: "user.useRecoveryCode", entityType: "User", entityId: userId });
  return true;
}

/** The enrolled factor, for sign-in and for turning it off: an authenticator code or a recovery code. */
export async function verifySecondFactor(who: Who, code: string, ip: string): Promise<SecondFactorMethod> {
  const typed = normalizeCode(code);
  return throttledCheck<SecondFactorMethod>(who, ip, async () => {
    const user = await getDb().user.findUnique({ where: { id: who.id }, select: { totpSecret: true, totpEnabledAt: true } });
    if (!user?.totpEnabledAt) return null;
    // A recovery code needs no key: it still works when the key cannot be opened.
    if (isTotpCode(typed)) {
      const secret = await enrolledSecret(getDb(), who.id, user.totpSecret);
      return (await acceptTotp(getDb(), who.id, secret, typed)) === null ? null : "totp";
    }
    return (await acceptRecoveryCode(who.id, typed)) ? "recovery" : null;
  });
}

/**
 * Confirms enrolment with a code from the new secret: enables it (replacing an earlier one) and
 * returns ten new recovery codes, shown once; only their hashes are kept.
 */
export async function confirmEnrolment(actor: Actor & { email: string }, code: string, ip: string): Promise<string[]> {
  assertCan(actor, "account.updateOwn", { userId: actor.id });
  const recoveryCodes = newRecoveryCodes();
  await throttledCheck(actor, ip, () =>
    getDb().$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpPendingSecret: true, totpEnabledAt: true } });
      if (!user.totpPendingSecret) throw new ValidationError("enrolmentExpired");
      const pending = openOrRefuse(user.totpPendingSecret, actor.id, "enrolmentExpired");
      const step = matchingStep(pending.secret, normalizeCode(code));
      if (step === null) return null;
      await tx.user.update({
        where: { id: actor.id },
        data: { totpSecret: sealSecret(pending.secret), totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: step },
      });
      await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
      await tx.recoveryCode.createMany({ data: recoveryCodes.map((c) => ({ userId: actor.id, codeHash: hashRecoveryCode(c) })) });
      await recordAudit(tx, {
        actorId: actor.id,
        action: user.totpEnabledAt ? "user.replaceTwoFactor" : "user.enableTwoFactor",
        entityType: "User",
        entityId: actor.id,
        after: { recoveryCodes: recoveryCodes.length },
      });
      return true;
    }),
  );
  return recoveryCodes;
}

/**
 * New recovery codes on their own, proven with a current authenticator code (not a recovery code:
 * that would let one leaked code mint ten). The old codes stop working in the same transaction.
 */
export async function regenerateRecoveryCodes(actor: Actor & { email: string }, code: string, ip: string): Promise<string[]> {
  assertCan(actor, "account.updateOwn", { userId: actor.id });
  const typed = normalizeCode(code);
  const recoveryCodes = newRecoveryCodes();
  await throttledCheck(actor, ip, () =>
    getDb().$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpSecret: true, totpEnabledAt: true } });
      if (!user.totpEnabledAt) throw new ValidationError("twoFactorNotEnabled");
      const secret = await enrolledSecret(tx, actor.id, user.totpSecret);
      if (!isTotpCode(typed) || (await acceptTotp(tx, actor.id, secret, typed)) === null) return null;
      const { count } = await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
      await tx.recoveryCode.createMany({ data: recoveryCodes.map((c) => ({ userId: actor.id, codeHash: hashRecoveryCode(c) })) });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.regenerateRecoveryCodes",
        entityType: "User",
        entityId: actor.id,
        before: { recoveryCodes: count },
        after: { recoveryCodes: recoveryCodes.length },
      });
      return true;
    }),
  );
  return recoveryCodes;
}

async function clearTwoFactor(tx: Pick<DbTx, "user" | "recoveryCode" | "userSession">, userId: string, endSessions: boolean) {
  await tx.user.update({
    where: { id: userId },
    data: {
      totpSecret: null,
      totpPendingSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      ...(endSessions ? { sessionVersion: { increment: 1 }, version: { increment: 1 } } : {}),
    },
  });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  if (endSessions) await endAllSessions(tx, userId);
}

/** A partner turns their own second factor off, proving it with a current code. */
export async function disableOwnTwoFactor(actor: Actor & { email: string }, code: string, ip: string) {
  assertCan(actor, "account.disableTwoFactor", { userId: actor.id });
  await verifySecondFactor(actor, code, ip);
  await getDb().$transaction(async (tx) => {
    await clearTwoFactor(tx, actor.id, false);
    await recordAudit(tx, { actorId: actor.id, action: "user.disableTwoFactor", entityType: "User", entityId: actor.id });
  });
}

/**
 * An administrator removes a user's second factor (lost phone and codes). The user's sessions
 * end; an administrator or organizer is asked to enrol again at the next sign-in.
 */
export async function resetTwoFactor(actor: Actor, userId: string) {
  assertCan(actor, "user.manage");
  await getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
    if (!before) throw new NotFoundError();
    if (!before.totpEnabledAt) throw new ValidationError("twoFactorNotEnabled");
    await clearTwoFactor(tx, userId, true);
    // The second factor may have been lost with the device that holds the user's tokens.
    await revokeTokensOf(tx, { userId }, actor.id, "secondFactorReset");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.resetTwoFactor",
      entityType: "User",
      entityId: userId,
      before: { twoFactorEnabledAt: before.totpEnabledAt },
    });
  });
}

/** For the administrator's user page: whether the user has a second factor. */
export async function getTwoFactorStatusOf(actor: Actor, userId: string) {
  assertCan(actor, "user.read");
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true, role: true } });
  if (!user) throw new NotFoundError();
  return { enabledAt: user.totpEnabledAt, required: twoFactorRequired(user.role) };
}
