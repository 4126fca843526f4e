import { beforeEach, describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/sign-in";
import { addressBucket, THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { RateLimitError, UnauthorizedError } from "@/lib/errors";

import { createUser, resetDb, testDb } from "./helpers/db";

const LIMITS = THROTTLE_LIMITS.PASSWORD;
const WRONG = "wrong-password-xx";

/** Runs `n` wrong guesses at `email` from `ip` one after another (each must be a plain refusal). */
async function fail(email: string, ip: string, n: number) {
  for (let i = 0; i < n; i++) {
    await expect(authenticate({ email, password: WRONG, ip })).rejects.toBeInstanceOf(UnauthorizedError);
  }
}

/** Password checks actually run: every reserved attempt is one argon2 verification. */
const verifiedPasswords = (email: string) => testDb().loginAttempt.count({ where: { email, factor: "PASSWORD" } });

describe("sign-in throttling", () => {
  beforeEach(resetDb);

  it("answers an unknown email and a wrong password the same way", async () => {
    const user = await createUser();
    const unknown = await authenticate({ email: "nobody@example.test", password: "whatever-123456", ip: "1.1.1.1" }).catch((e) => e);
    const wrong = await authenticate({ email: user.email, password: "whatever-123456", ip: "1.1.1.1" }).catch((e) => e);
    expect(unknown).toBeInstanceOf(UnauthorizedError);
    expect(wrong).toBeInstanceOf(UnauthorizedError);
    expect(unknown.code).toBe(wrong.code);
  });

  it("checks at most 10 of 200 parallel guesses and refuses the right password sent last", async () => {
    const user = await createUser();
    const guesses = Array.from({ length: 200 }, (_, i) => (i === 199 ? user.password : `${WRONG}-${i}`));
    const started = performance.now();
    const outcomes = await Promise.all(
      guesses.map((password) =>
        authenticate({ email: user.email, password, ip: "7.7.7.7" }).then(
          () => "signedIn",
          (e) => e,
        ),
      ),
    );
    const ms = performance.now() - started;
    const verified = await verifiedPasswords(user.email);
    const throttled = outcomes.filter((o) => o instanceof RateLimitError).length;
    if (!(outcomes[199] instanceof RateLimitError)) console.log(outcomes[199]);
    console.log(JSON.stringify({ burst: 200, burstVerified: verified, throttled, wrong: 200 - throttled, ms: Math.round(ms) }));
    expect(verified).toBeLessThanOrEqual(LIMITS.pair.max);
    expect(outcomes.filter((o) => o instanceof UnauthorizedError)).toHaveLength(verified);
    expect(outcomes[199]).toBeInstanceOf(RateLimitError);
    expect(outcomes[199].values.minutes).toBeGreaterThanOrEqual(1);
    expect(outcomes[199].values.minutes).toBeLessThanOrEqual(LIMITS.pair.windowMinutes);
    expect(await testDb().auditLog.count({ where: { action: "user.signIn" } })).toBe(0);
  });

  it("locks an account from the failing address only; the owner signs in from another", async () => {
    const user = await createUser();
    await fail(user.email, "2.2.2.2", LIMITS.pair.max);
    await expect(authenticate({ email: user.email, password: user.password, ip: "2.2.2.2" })).rejects.toBeInstanceOf(RateLimitError);
    await expect(authenticate({ email: user.email, password: user.password, ip: "3.3.3.3" })).resolves.toMatchObject({ id: user.id });
    // Failures older than the window no longer count.
    await testDb().loginAttempt.updateMany({ data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    await expect(authenticate({ email: user.email, password: user.password, ip: "2.2.2.2" })).resolves.toMatchObject({ id: user.id });
  });

  it("limits one client address across many accounts", async () => {
    const victim = await createUser();
    for (let i = 0; i < LIMITS.address.max; i++) {
      await authenticate({ email: `guess${i}@example.test`, password: WRONG, ip: "4.4.4.4" }).catch(() => undefined);
    }
    await expect(authenticate({ email: victim.email, password: victim.password, ip: "4.4.4.4" })).rejects.toBeInstanceOf(RateLimitError);
    await expect(authenticate({ email: victim.email, password: victim.password, ip: "5.5.5.5" })).resolves.toMatchObject({ id: victim.id });
  });

  it("stops distributed guessing at the account ceiling, except from addresses the owner signed in from", async () => {
    const user = await createUser();
    await authenticate({ email: user.email, password: user.password, ip: "9.9.9.9" });
    const addresses = Array.from({ length: LIMITS.account.max / LIMITS.pair.max }, (_, i) => `8.8.${i}.1`);
    await Promise.all(addresses.map((ip) => fail(user.email, ip, LIMITS.pair.max)));
    const fresh = await authenticate({ email: user.email, password: user.password, ip: "6.6.6.6" }).catch((e) => e);
    expect(fresh).toBeInstanceOf(RateLimitError);
    await expect(authenticate({ email: user.email, password: user.password, ip: "9.9.9.9" })).resolves.toMatchObject({ id: user.id });
  });

  it("counts an IPv6 client by its /64, so rotating addresses in it buys no attempts", async () => {
    const user = await createUser();
    for (let i = 1; i <= LIMITS.pair.max; i++) {
      await authenticate({ email: user.email, password: WRONG, ip: `2001:db8:1:2::${i.toString(16)}` }).catch(() => undefined);
    }
    await expect(authenticate({ email: user.email, password: user.password, ip: "2001:db8:1:2:ffff::1" })).rejects.toBeInstanceOf(
      RateLimitError,
    );
    await expect(authenticate({ email: user.email, password: user.password, ip: "2001:db8:1:3::1" })).resolves.toMatchObject({
      id: user.id,
    });
    expect(addressBucket("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("203.0.113.9")).toBe("203.0.113.9");
  });

  it("refuses deactivated and invited accounts with the generic answer", async () => {
    const disabled = await createUser({ status: "DISABLED" });
    const invited = await createUser({ status: "INVITED" });
    await expect(authenticate({ email: disabled.email, password: disabled.password, ip: "6.6.6.6" })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    await expect(authenticate({ email: invited.email, password: invited.password, ip: "6.6.6.6" })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
  });
});
