import { beforeEach, describe, expect, it, vi } from "vitest";

import { signInErrorCode } from "@/lib/auth/options";
import { QUEUE_FACTOR, reserveAttempt, resolveAttempt, THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { getDb, type Db } from "@/lib/db/client";
import { RateLimitError } from "@/lib/errors";

import { resetDb, testDb } from "./helpers/db";

const EMAIL = "owner@example.org";
const IP = "192.0.2.80";
const CHECK = { email: EMAIL, address: IP, factor: "PASSWORD" as const };
const { max } = THROTTLE_LIMITS.PASSWORD.pair;
const CAP = QUEUE_FACTOR * max;

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
const admittedIds = (ts: Tracked[]) => ts.filter((t) => typeof t.outcome === "bigint").map((t) => t.outcome as bigint);
const sorted = (ids: bigint[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe("sign-in throttle queue bound", () => {
  beforeEach(resetDb);

  it("refuses sign-ins beyond the queue's bound at once, while the queued ones get through in order", async () => {
    const front = await holdFront(max);
    const extra = 25;
    const burst = Array.from({ length: CAP - max + extra }, () => tracked(CHECK));

    // The ones beyond the bound are refused while every check in front is still running …
    await vi.waitFor(() => expect(burst.filter((t) => t.settled).length).toBeGreaterThanOrEqual(extra), { timeout: 10_000, interval: 20 });
    const refused = burst.filter((t) => t.settled);
    expect(refused).toHaveLength(extra);
    for (const t of refused) {
      expect(t.outcome).toBeInstanceOf(RateLimitError);
      // … told what any throttled sign-in is told, after one look at the queue, leaving no row.
      expect(signInErrorCode(t.outcome)).toBe("rateLimited:1");
      expect(t.asks).toBe(1);
    }
    const queued = await rows({ success: null });
    expect(queued).toHaveLength(CAP);
    expect(queued.slice(0, max).map((r) => r.id)).toEqual(front);
    expect(await rows()).toHaveLength(CAP);

    // The queued ones run in arrival order, max at a time, as the checks ahead of them finish.
    const waiting = queued.slice(max).map((r) => r.id);
    const waiters = burst.filter((t) => !t.settled);
    for (const id of front) await resolveAttempt(id, true);
    await vi.waitFor(() => expect(admittedIds(waiters)).toHaveLength(max), { timeout: 10_000, interval: 20 });
    const firstWave = admittedIds(waiters);
    expect(sorted(firstWave)).toEqual(waiting.slice(0, max));
    for (const id of firstWave) await resolveAttempt(id, true);
    await Promise.all(waiters.map((t) => t.done));
    const secondWave = admittedIds(waiters).filter((id) => !firstWave.includes(id));
    expect(sorted(secondWave)).toEqual(waiting.slice(max));
    for (const id of secondWave) await resolveAttempt(id, true);
    expect(await testDb().loginAttempt.count({ where: { email: EMAIL, success: true } })).toBe(CAP);
  });

  it("bounds the account's queue from many addresses, but not for an address the owner signed in from", async () => {
    const { account } = THROTTLE_LIMITS.PASSWORD;
    await testDb().loginAttempt.create({ data: { email: EMAIL, ip: "203.0.113.9", factor: "PASSWORD", success: true } });
    // Checks from many addresses, running or waiting, fill the account's queue (each pair's and
    // address's queue holds a few only).
    const ips = Array.from({ length: (QUEUE_FACTOR * account.max) / 5 }, (_, i) => `198.51.${Math.floor(i / 200)}.${i % 200}`);
    await testDb().loginAttempt.createMany({
      data: ips.flatMap((ip) => Array.from({ length: 5 }, () => ({ email: EMAIL, ip, factor: "PASSWORD" as const, success: null }))),
    });

    const stranger = tracked({ ...CHECK, address: "192.0.2.81" });
    const owner = tracked({ ...CHECK, address: "203.0.113.9" });
    await Promise.all([stranger.done, owner.done]);
    expect(signInErrorCode(stranger.outcome)).toBe("rateLimited:1");
    expect(stranger.asks).toBe(1);
    expect(typeof owner.outcome).toBe("bigint");
    expect(owner.asks).toBe(1);
  });

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
