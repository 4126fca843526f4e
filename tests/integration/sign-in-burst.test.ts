import { beforeEach, describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/sign-in";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { RateLimitError, UnauthorizedError } from "@/lib/errors";

import { createUser, resetDb, testDb } from "./helpers/db";

const LIMITS = THROTTLE_LIMITS.PASSWORD;
const WRONG = "wrong-password-xx";

type Try = { email: string; password: string; ip: string };
const settle = (tries: Try[]) =>
  Promise.all(
    tries.map((t) =>
      authenticate(t).then(
        () => "signedIn" as const,
        (e: unknown) => e,
      ),
    ),
  );
/** Wrong passwords actually checked (each one argon2 verification resolved as a failure). */
const wrongChecks = (where: { email?: string; ip?: string }) =>
  testDb().loginAttempt.count({ where: { ...where, factor: "PASSWORD", success: false } });

describe("sign-in bursts from one address", () => {
  beforeEach(resetDb);

  it("lets twice the pair limit of parallel correct sign-ins to one account all in", async () => {
    const user = await createUser();
    const n = 2 * LIMITS.pair.max;
    const outcomes = await settle(Array.from({ length: n }, () => ({ email: user.email, password: user.password, ip: "10.1.1.1" })));
    expect(outcomes).toEqual(Array(n).fill("signedIn"));
    expect(await testDb().auditLog.count({ where: { action: "user.signIn", actorId: user.id } })).toBe(n);
  });

  it("lets more parallel correct sign-ins than the address limit, to different accounts, all in", async () => {
    const users = await Promise.all(Array.from({ length: LIMITS.address.max + 10 }, () => createUser()));
    const outcomes = await settle(users.map((u) => ({ email: u.email, password: u.password, ip: "10.2.2.2" })));
    expect(outcomes).toEqual(Array(users.length).fill("signedIn"));
  });

  it("checks at most the pair limit of wrong passwords in a burst mixed with right ones", async () => {
    const user = await createUser();
    const tries = Array.from({ length: 120 }, (_, i) => ({
      email: user.email,
      password: i % 4 === 0 ? user.password : `${WRONG}-${i}`,
      ip: "10.3.3.3",
    }));
    const outcomes = await settle(tries);
    const checked = await wrongChecks({ email: user.email });
    console.log(JSON.stringify({ mixedBurst: 120, wrongChecked: checked, signedIn: outcomes.filter((o) => o === "signedIn").length }));
    expect(checked).toBeLessThanOrEqual(LIMITS.pair.max);
    expect(outcomes.filter((o) => o instanceof UnauthorizedError)).toHaveLength(checked);
    // Every answer is a sign-in (right password), a wrong-password answer or a refusal.
    tries.forEach((t, i) => {
      const o = outcomes[i];
      if (t.password === user.password) expect(o === "signedIn" || o instanceof RateLimitError).toBe(true);
      else expect(o instanceof UnauthorizedError || o instanceof RateLimitError).toBe(true);
    });
    // Once the wrong guesses filled the pair limit, the right password is refused from that address.
    await expect(authenticate({ email: user.email, password: user.password, ip: "10.3.3.3" })).rejects.toBeInstanceOf(RateLimitError);
  });

  it("checks at most the address limit of wrong passwords across accounts in a mixed burst", async () => {
    const users = await Promise.all(Array.from({ length: 10 }, () => createUser()));
    const tries: Try[] = Array.from({ length: 90 }, (_, i) =>
      i % 9 === 0
        ? { email: users[i / 9].email, password: users[i / 9].password, ip: "10.4.4.4" }
        : { email: `spray${i}@example.test`, password: WRONG, ip: "10.4.4.4" },
    );
    const outcomes = await settle(tries);
    const checked = await wrongChecks({ ip: "10.4.4.4" });
    expect(checked).toBeLessThanOrEqual(LIMITS.address.max);
    expect(outcomes.filter((o) => o instanceof UnauthorizedError)).toHaveLength(checked);
  });

  it("checks at most the account ceiling of wrong passwords from many addresses at once", async () => {
    const user = await createUser();
    const n = LIMITS.account.max + 40;
    const tries: Try[] = Array.from({ length: n }, (_, i) => ({
      email: user.email,
      password: i % 10 === 0 ? user.password : `${WRONG}-${i}`,
      ip: `10.5.${Math.floor(i / 200)}.${i % 200}`,
    }));
    await settle(tries);
    expect(await wrongChecks({ email: user.email })).toBeLessThanOrEqual(LIMITS.account.max);
    await expect(authenticate({ email: user.email, password: user.password, ip: "10.6.6.6" })).rejects.toBeInstanceOf(RateLimitError);
  });
});
