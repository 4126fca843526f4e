import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { reserveAttempt, resolveAttempt, STALE_SECONDS, THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { RateLimitError } from "@/lib/errors";

import { resetDb, testDb } from "./helpers/db";
import { clientHoldingStatement } from "./helpers/holding-client";

const EMAIL = "held@example.org";
const IP = "192.0.2.77";
const { max } = THROTTLE_LIMITS.SECOND_FACTOR.pair;
const rows = () => testDb().loginAttempt.count({ where: { email: EMAIL, factor: "SECOND_FACTOR" } });

describe("sign-in throttle", () => {
  beforeEach(resetDb);
  let slow: { $disconnect: () => Promise<void> } | undefined;
  afterEach(async () => {
    await slow?.$disconnect();
    slow = undefined;
  });

  it("reserves no attempt beyond the limit when a reservation's statement is sent late", async () => {
    await testDb().loginAttempt.createMany({
      data: Array.from({ length: max - 1 }, () => ({ email: EMAIL, ip: IP, factor: "SECOND_FACTOR" as const, success: false })),
    });
    const held = clientHoldingStatement((sql) => /insert into login_attempts|reserve_login_attempt/i.test(sql));
    slow = held.db;
    // The first guess for the last free slot stalls just before its reservation is written …
    const first = reserveAttempt({ email: EMAIL, address: IP, factor: "SECOND_FACTOR" }, { db: held.db }).then(
      () => "reserved",
      (e: unknown) => e,
    );
    await held.reached;
    // … a second guess takes that slot meanwhile and fails, then the first one's statement goes out.
    const second = await reserveAttempt({ email: EMAIL, address: IP, factor: "SECOND_FACTOR" }).then(
      async (id) => (await resolveAttempt(id, false), "reserved"),
      (e: unknown) => e,
    );
    held.release();
    const outcome = await first;
    expect(second).toBe("reserved");
    expect(outcome).toBeInstanceOf(RateLimitError);
    expect(await rows()).toBe(max);
  });

  it("counts a check left unresolved by a dead process as a failure instead of queueing behind it", async () => {
    const dead = new Date(Date.now() - (STALE_SECONDS + 5) * 1000);
    await testDb().loginAttempt.createMany({
      data: Array.from({ length: max }, () => ({ email: EMAIL, ip: IP, factor: "SECOND_FACTOR" as const, success: null, createdAt: dead })),
    });
    await expect(reserveAttempt({ email: EMAIL, address: IP, factor: "SECOND_FACTOR" })).rejects.toBeInstanceOf(RateLimitError);
    expect(await rows()).toBe(max);
  });
});
