import { beforeEach, describe, expect, it } from "vitest";

import { signInErrorCode } from "@/lib/auth/options";
import { reserveAttempt, THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { getDb, type Db } from "@/lib/db/client";
import { RateLimitError } from "@/lib/errors";

import { resetDb, testDb } from "./helpers/db";

const EMAIL = "owner@example.org";
const IP = "192.0.2.80";
const CHECK = { email: EMAIL, address: IP, factor: "PASSWORD" as const };
const { max } = THROTTLE_LIMITS.PASSWORD.pair;

/** One request's reservation: how many times it looked at the queue, and how it ended. */
type Tracked = { asks: number; settled: boolean; outcome?: unknown; done: Promise<void> };

function tracked(input: typeof CHECK, options: { maxWaitMs?: number } = {}): Tracked {
  const base = getDb();
  const t: Omit<Tracked, "done"> = { asks: 0, settled: false };
  const db: Pick<Db, "$queryRaw" | "$executeRaw"> = {
    $queryRaw: ((...args: Parameters<Db["$queryRaw"]>) => {
      t.asks++;
      return base.$queryRaw(...args);
    }) as Db["$queryRaw"],
    $executeRaw: base.$executeRaw.bind(base),
  };
  const end = (outcome: unknown) => Object.assign(t, { settled: true, outcome });
  const done = reserveAttempt(input, { db, ...options })
    .then(end, end)
    .then(() => undefined);
  return Object.assign(t, { done });
}

/** Checks admitted and running: the sign-ins at the front of the queue, held until resolved. */
async function holdFront(n: number): Promise<bigint[]> {
  const ids: bigint[] = [];
  for (let i = 0; i < n; i++) ids.push(await reserveAttempt(CHECK));
  return ids;
}

const rows = (where: { success?: null } = {}) =>
  testDb().loginAttempt.findMany({ where: { email: EMAIL, ...where }, orderBy: { id: "asc" } });

describe("sign-in throttle queue", () => {
  beforeEach(resetDb);

  it("tells a check that waited past its give-up time to try again, and takes it out of the queue", async () => {
    await holdFront(max);
    const late = tracked(CHECK, { maxWaitMs: 300 });
    // One given 300 ms has long given up after 10 s, half the default give-up (20 s).
    const outcome = await Promise.race([
      late.done.then(() => late.outcome),
      new Promise((resolve) => setTimeout(() => resolve("still waiting"), 10_000)),
    ]);
    expect(outcome).toBeInstanceOf(RateLimitError);
    expect(signInErrorCode(outcome)).toBe("rateLimited:1");
    expect(late.asks).toBeGreaterThan(1);
    // Its row is gone; the checks in front of it still run.
    expect(await rows()).toHaveLength(max);
    expect(await rows({ success: null })).toHaveLength(max);
  });
});
