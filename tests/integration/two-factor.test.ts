import { createCipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

import { TOTP } from "otpauth";
import { beforeEach, describe, expect, it } from "vitest";

import { authenticate, recordSignOut, SecondFactorRequiredError } from "@/lib/auth/sign-in";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { ForbiddenError, RateLimitError, ValidationError } from "@/lib/errors";
import { confirmEnrolment, disableOwnTwoFactor, regenerateRecoveryCodes, resetTwoFactor, startEnrolment } from "@/lib/two-factor/service";

import { createUser, resetDb, testDb } from "./helpers/db";

const IP = "192.0.2.10";
/** The code of `secret` `steps` time steps from now (the server accepts one step either side). */
const codeAt = (secret: string, steps = 0) =>
  new TOTP({ secret, algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: Date.now() + steps * 30_000 });

/** A user who has enrolled: their secret and recovery codes. The confirming code used the current step. */
async function enrolled(overrides: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(overrides);
  const { secret } = await startEnrolment(user);
  const recoveryCodes = await confirmEnrolment(user, codeAt(secret), IP);
  return { user, secret, recoveryCodes };
}

/**
 * `secret` sealed as after NEXTAUTH_SECRET rotated without NEXTAUTH_SECRET_PREVIOUS: under a
 * secret this server no longer knows (the same sealing as lib/two-factor/secret-box.ts).
 */
function orphanSealed(secret: string): string {
  const key = Buffer.from(hkdfSync("sha256", "an-earlier-secret-that-nobody-kept-0123", "synergia", "totp-secret-at-rest", 32));
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final(), cipher.getAuthTag()]);
  const id = createHash("sha256").update(key).digest("base64url").slice(0, 8);
  return ["totp1", id, iv.toString("base64url"), sealed.toString("base64url")].join(".");
}

const codeChecks = (email: string) => testDb().loginAttempt.count({ where: { email, factor: "SECOND_FACTOR" } });

describe("two-factor sign-in", () => {
  beforeEach(resetDb);

  it("enrols with a code from the new key and keeps only hashes of ten recovery codes", async () => {
    const user = await createUser();
    const { secret, uri, qr } = await startEnrolment(user);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Synergia:.+\?.*secret=/);
    expect(qr.size).toBeGreaterThan(20);
    await expect(confirmEnrolment(user, "000000", IP)).rejects.toMatchObject({ code: "codeInvalid" });
    const codes = await confirmEnrolment(user, codeAt(secret), IP);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await testDb().recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.codeHash)).not.toContain(codes[0]);
    expect(stored.every((r) => /^[0-9a-f]{64}$/.test(r.codeHash))).toBe(true);
    const audit = await testDb().auditLog.findMany({ where: { entityId: user.id, action: "user.enableTwoFactor" } });
    expect(audit).toHaveLength(1);
  });

  it("asks for the code after the password, accepts each code once, and each recovery code once", async () => {
    const { user, secret, recoveryCodes } = await enrolled();
    const base = { email: user.email, password: user.password, ip: IP };
    await expect(authenticate(base)).rejects.toBeInstanceOf(SecondFactorRequiredError);
    // A wrong password never reaches the code question.
    await expect(authenticate({ ...base, password: "wrong-password-xx", code: codeAt(secret, 1) })).rejects.toMatchObject({
      code: "unauthorized",
    });

    const next = codeAt(secret, 1);
    await expect(authenticate({ ...base, code: next })).resolves.toMatchObject({ id: user.id });
    await expect(authenticate({ ...base, code: next })).rejects.toMatchObject({ code: "codeInvalid" });

    await expect(authenticate({ ...base, code: recoveryCodes[3].toUpperCase() })).resolves.toMatchObject({ id: user.id });
    await expect(authenticate({ ...base, code: recoveryCodes[3] })).rejects.toBeInstanceOf(ValidationError);

    const signIns = await testDb().auditLog.findMany({ where: { action: "user.signIn", actorId: user.id }, orderBy: { id: "asc" } });
    expect(signIns.map((a) => (a.after as { secondFactor: string }).secondFactor)).toEqual(["totp", "recovery"]);
    expect(await testDb().auditLog.count({ where: { action: "user.useRecoveryCode", actorId: user.id } })).toBe(1);
  });

  it("checks at most 10 of 200 parallel code guesses and refuses the right code sent last", async () => {
    const { user, secret } = await enrolled();
    const right = codeAt(secret, 1);
    const before = await codeChecks(user.email);
    const guesses = Array.from({ length: 200 }, (_, i) =>
      i === 199 ? right : String((Number(right) + 1 + i) % 1_000_000).padStart(6, "0"),
    );
    const outcomes = await Promise.all(
      guesses.map((code) =>
        authenticate({ email: user.email, password: user.password, code, ip: IP }).then(
          () => "signedIn",
          (e) => e,
        ),
      ),
    );
    const checked = (await codeChecks(user.email)) - before;
    console.log(
      JSON.stringify({ codeBurst: 200, codesChecked: checked, throttled: outcomes.filter((o) => o instanceof RateLimitError).length }),
    );
    expect(checked).toBeLessThanOrEqual(THROTTLE_LIMITS.SECOND_FACTOR.pair.max);
    expect(outcomes[199]).toBeInstanceOf(RateLimitError);
    expect(outcomes.filter((o) => o === "signedIn")).toHaveLength(0);
  });

  it("stops code guessing from many addresses at the daily account ceiling", async () => {
    const { user, secret } = await enrolled();
    const { max } = THROTTLE_LIMITS.SECOND_FACTOR.account;
    for (let i = 0; i < max; i++) {
      const ip = `198.51.100.${Math.floor(i / 5)}`;
      await expect(authenticate({ email: user.email, password: user.password, code: "00000-00000", ip })).rejects.toMatchObject({
        code: "codeInvalid",
      });
    }
    const refused = await authenticate({ email: user.email, password: user.password, code: codeAt(secret, 1), ip: "203.0.113.50" }).catch(
      (e) => e,
    );
    expect(refused).toBeInstanceOf(RateLimitError);
    expect(refused.values.minutes).toBeGreaterThan(60);
  });

  it("locks code guessing from one address after 10 failures; recovery codes count too", async () => {
    const { user, recoveryCodes } = await enrolled();
    const base = { email: user.email, password: user.password, ip: IP };
    for (let i = 0; i < THROTTLE_LIMITS.SECOND_FACTOR.pair.max; i++) {
      await expect(authenticate({ ...base, code: `wrong-code-${i}` })).rejects.toMatchObject({ code: "codeInvalid" });
    }
    await expect(authenticate({ ...base, code: recoveryCodes[0] })).rejects.toBeInstanceOf(RateLimitError);
    // The recovery code was not spent by the refused attempt.
    expect(await testDb().recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(10);
    await expect(authenticate({ ...base, ip: "192.0.2.99", code: recoveryCodes[0] })).resolves.toMatchObject({ id: user.id });
  });

  it("lets a partner turn it off with a code, never an administrator, and lets an administrator reset anyone's", async () => {
    const partner = await enrolled();
    await expect(disableOwnTwoFactor(partner.user, "123", IP)).rejects.toMatchObject({ code: "codeInvalid" });
    await disableOwnTwoFactor(partner.user, partner.recoveryCodes[0], IP);
    expect(await testDb().user.findUnique({ where: { id: partner.user.id }, select: { totpEnabledAt: true } })).toEqual({
      totpEnabledAt: null,
    });
    expect(await testDb().recoveryCode.count({ where: { userId: partner.user.id } })).toBe(0);

    const admin = await enrolled({ role: "ADMIN" });
    await expect(disableOwnTwoFactor(admin.user, codeAt(admin.secret, 1), IP)).rejects.toBeInstanceOf(ForbiddenError);

    const organizer = await enrolled({ role: "ORGANIZER" });
    await expect(resetTwoFactor(partner.user, organizer.user.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetTwoFactor(organizer.user, admin.user.id)).rejects.toBeInstanceOf(ForbiddenError);
    await resetTwoFactor(admin.user, organizer.user.id);
    const after = await testDb().user.findUniqueOrThrow({
      where: { id: organizer.user.id },
      select: { totpEnabledAt: true, sessionVersion: true },
    });
    expect(after).toEqual({ totpEnabledAt: null, sessionVersion: organizer.user.sessionVersion + 1 });
    const audit = await testDb().auditLog.findFirst({ where: { action: "user.resetTwoFactor", entityId: organizer.user.id } });
    expect(audit?.actorId).toBe(admin.user.id);
    // Without a second factor the organizer signs in with the password (and is sent to enrolment).
    await expect(authenticate({ email: organizer.user.email, password: organizer.user.password, ip: IP })).resolves.toMatchObject({
      id: organizer.user.id,
    });
    await expect(resetTwoFactor(admin.user, organizer.user.id)).rejects.toMatchObject({ code: "twoFactorNotEnabled" });
  });
});

describe("sessions", () => {
  beforeEach(resetDb);

  it("opens a session row at sign-in and sign-out ends it", async () => {
    const user = await createUser();
    const { sessionId } = await authenticate({ email: user.email, password: user.password, ip: IP });
    const open = await testDb().userSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(open).toMatchObject({ userId: user.id, ip: IP, endedAt: null });
    expect(open.expiresAt.getTime() - open.createdAt.getTime()).toBe(8 * 60 * 60 * 1000);
    // Another user's token cannot end it.
    const other = await createUser();
    await recordSignOut({ uid: other.id, sid: sessionId });
    expect((await testDb().userSession.findUniqueOrThrow({ where: { id: sessionId } })).endedAt).toBeNull();
    await recordSignOut({ uid: user.id, sid: sessionId });
    expect((await testDb().userSession.findUniqueOrThrow({ where: { id: sessionId } })).endedAt).not.toBeNull();
  });

  it("replaces the authenticator only after a current code from it; a wrong one changes nothing", async () => {
    const { user, secret } = await enrolled();
    const stored = () =>
      testDb().user.findUniqueOrThrow({
        where: { id: user.id },
        select: { totpSecret: true, totpPendingSecret: true, totpLastStep: true },
      });
    const before = await stored();
    await expect(startEnrolment(user)).rejects.toMatchObject({ code: "currentCodeRequired" });
    await expect(startEnrolment(user, { code: "000000", ip: IP })).rejects.toMatchObject({ code: "codeInvalid" });
    await expect(startEnrolment(user, { code: "00000-00000", ip: IP })).rejects.toMatchObject({ code: "codeInvalid" });
    expect(await stored()).toEqual(before);
    expect(await testDb().recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(10);

    const offer = await startEnrolment(user, { code: codeAt(secret, 1), ip: IP });
    await confirmEnrolment(user, codeAt(offer.secret), IP);
    await expect(
      authenticate({ email: user.email, password: user.password, ip: IP, code: codeAt(offer.secret, 1) }),
    ).resolves.toMatchObject({
      id: user.id,
    });
    expect(await testDb().auditLog.count({ where: { action: "user.replaceTwoFactor", entityId: user.id } })).toBe(1);
  });

  it("renews the recovery codes with a current app code only; the old ones stop working at once", async () => {
    const { user, secret, recoveryCodes } = await enrolled();
    const hashes = async () =>
      (await testDb().recoveryCode.findMany({ where: { userId: user.id }, orderBy: { codeHash: "asc" } })).map((r) => r.codeHash);
    const old = await hashes();
    // A wrong code, and a recovery code (one leaked code must not mint ten), are refused and change nothing.
    await expect(regenerateRecoveryCodes(user, "000000", IP)).rejects.toMatchObject({ code: "codeInvalid" });
    await expect(regenerateRecoveryCodes(user, recoveryCodes[0], IP)).rejects.toMatchObject({ code: "codeInvalid" });
    expect(await hashes()).toEqual(old);
    expect(await testDb().recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(10);
    expect(await testDb().auditLog.count({ where: { action: "user.regenerateRecoveryCodes" } })).toBe(0);

    const fresh = await regenerateRecoveryCodes(user, codeAt(secret, 1), IP);
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[1]);
    const base = { email: user.email, password: user.password, ip: "192.0.2.77" };
    await expect(authenticate({ ...base, code: recoveryCodes[1] })).rejects.toMatchObject({ code: "codeInvalid" });
    await expect(authenticate({ ...base, code: fresh[0] })).resolves.toMatchObject({ id: user.id });
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: "user.regenerateRecoveryCodes", entityId: user.id } });
    expect(audit).toMatchObject({ actorId: user.id, before: { recoveryCodes: 10 }, after: { recoveryCodes: 10 } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(fresh[0]);

    // Without a second factor there is nothing to renew.
    const plain = await createUser();
    await expect(regenerateRecoveryCodes(plain, "123456", IP)).rejects.toMatchObject({ code: "twoFactorNotEnabled" });
  });

  it("keeps authenticator keys sealed in the database, and seals a key still stored in clear", async () => {
    const { user, secret } = await enrolled();
    const pendingOffer = await startEnrolment(user, { code: codeAt(secret, 1), ip: IP });
    const [row] = await testDb().$queryRaw<{ totp_secret: string; totp_pending_secret: string }[]>`
      SELECT totp_secret, totp_pending_secret FROM users WHERE id = ${user.id}::uuid`;
    for (const [stored, clear] of [
      [row.totp_secret, secret],
      [row.totp_pending_secret, pendingOffer.secret],
    ]) {
      expect(stored).toMatch(/^totp1\.[\w-]{8}\./);
      expect(stored).not.toContain(clear);
      expect(stored.toLowerCase()).not.toContain(clear.toLowerCase().slice(0, 8));
    }
    // (Signing in with a sealed key: see the replacement test above.)

    // A key written in clear (before sealing, or by the demo seed) still signs in, and is sealed then.
    const legacy = await createUser({ totpSecret: secret, totpEnabledAt: new Date() });
    await expect(authenticate({ email: legacy.email, password: legacy.password, ip: IP, code: codeAt(secret) })).resolves.toMatchObject({
      id: legacy.id,
    });
    const [after] = await testDb().$queryRaw<{ totp_secret: string }[]>`SELECT totp_secret FROM users WHERE id = ${legacy.id}::uuid`;
    expect(after.totp_secret).toMatch(/^totp1\./);
    expect(after.totp_secret).not.toContain(secret);
  });

  it("refuses clearly, without a server error, a key sealed under a secret no longer configured", async () => {
    const { user, secret, recoveryCodes } = await enrolled();
    const orphan = orphanSealed(secret);
    await testDb().user.update({ where: { id: user.id }, data: { totpSecret: orphan } });

    const base = { email: user.email, password: user.password, ip: IP };
    await expect(authenticate({ ...base, code: codeAt(secret, 1) })).rejects.toMatchObject({ code: "secondFactorUnreadable" });
    await expect(regenerateRecoveryCodes(user, codeAt(secret, 1), IP)).rejects.toMatchObject({ code: "secondFactorUnreadable" });
    // The stored key is left as it was, for an administrator to reset (or the old secret to come back).
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true } })).totpSecret).toBe(orphan);
    // A recovery code needs no key: it still signs in.
    await expect(authenticate({ ...base, code: recoveryCodes[0] })).resolves.toMatchObject({ id: user.id });
  });
});

describe("an authenticator key this server cannot open", () => {
  beforeEach(resetDb);

  it("is refused with the clear message every time, not as a wrong code; a recovery code still works and wrong passwords still count", async () => {
    const { user, secret, recoveryCodes } = await enrolled();
    await testDb().user.update({ where: { id: user.id }, data: { totpSecret: orphanSealed(secret) } });
    const base = { email: user.email, password: user.password, ip: IP };
    const tries = THROTTLE_LIMITS.SECOND_FACTOR.pair.max + 2;
    for (let i = 0; i < tries; i++) {
      // Each try gives a different step's code: none of them can be checked against the key.
      await expect(authenticate({ ...base, code: codeAt(secret, (i % 3) - 1) })).rejects.toMatchObject({ code: "secondFactorUnreadable" });
    }
    // None of them checked a code (only the enrolment's did).
    expect(await codeChecks(user.email)).toBe(1);
    await expect(authenticate({ ...base, code: recoveryCodes[0] })).resolves.toMatchObject({ id: user.id });
    // A wrong password is the person's own failure: it still counts, up to the lock.
    for (let i = 0; i < THROTTLE_LIMITS.PASSWORD.pair.max; i++) {
      await expect(authenticate({ ...base, password: `wrong-${i}`, code: recoveryCodes[1] })).rejects.toMatchObject({
        code: "unauthorized",
      });
    }
    await expect(authenticate({ ...base, code: recoveryCodes[1] })).rejects.toBeInstanceOf(RateLimitError);
  });
});
