import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { reserveAttempt, THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { PrismaClient } from "@/lib/db/generated/prisma/client";
import { RateLimitError } from "@/lib/errors";

import { resetDb, testDb } from "./helpers/db";

type Queryable = { queryRaw: (q: { sql: string }) => Promise<unknown>; executeRaw: (q: { sql: string }) => Promise<unknown> };

/**
 * A Prisma driver adapter that holds back the first statement matching `matches` until the test
 * releases it: the delay a busy event loop puts between Prisma accepting a statement and sending
 * it, made deterministic (prisma/orm#29762).
 */
function holdingAdapter(matches: (sql: string) => boolean) {
  let reached!: () => void;
  let release!: () => void;
  const held = { reached: new Promise<void>((r) => (reached = r)), released: new Promise<void>((r) => (release = r)) };
  let armed = true;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, prop) {
        const value = Reflect.get(object, prop) as unknown;
        if (typeof value !== "function") return value;
        if (prop === "queryRaw" || prop === "executeRaw")
          return async (query: { sql: string }) => {
            if (armed && matches(query.sql)) {
              armed = false;
              reached();
              await held.released;
            }
            return (value as Queryable["queryRaw"]).call(object, query);
          };
        if (prop === "connect" || prop === "startTransaction")
          return async (...args: unknown[]) => wrap(await (value as (...a: unknown[]) => Promise<object>).apply(object, args));
        return (value as (...a: unknown[]) => unknown).bind(object);
      },
    });
  const adapter = wrap(new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }));
  return { adapter, reached: held.reached, release };
}

const EMAIL = "held@example.org";
const IP = "192.0.2.77";
const { max } = THROTTLE_LIMITS.SECOND_FACTOR.pair;
const rows = () => testDb().loginAttempt.count({ where: { email: EMAIL, factor: "SECOND_FACTOR" } });

describe("sign-in throttle", () => {
  beforeEach(resetDb);
  let slow: PrismaClient | undefined;
  afterEach(async () => {
    await slow?.$disconnect();
    slow = undefined;
  });

  it("reserves no attempt beyond the limit when a reservation's statement is sent late", async () => {
    await testDb().loginAttempt.createMany({
      data: Array.from({ length: max - 1 }, () => ({ email: EMAIL, ip: IP, factor: "SECOND_FACTOR" as const, success: false })),
    });
    const held = holdingAdapter((sql) => /insert into login_attempts|reserve_login_attempt/i.test(sql));
    slow = new PrismaClient({ adapter: held.adapter });
    // The first guess for the last free slot stalls just before its reservation is written …
    const first = reserveAttempt({ email: EMAIL, address: IP, factor: "SECOND_FACTOR" }, slow).then(
      () => "reserved",
      (e: unknown) => e,
    );
    await held.reached;
    // … a second guess takes that slot meanwhile, then the first one's statement goes out.
    const second = await reserveAttempt({ email: EMAIL, address: IP, factor: "SECOND_FACTOR" }).then(
      () => "reserved",
      (e: unknown) => e,
    );
    held.release();
    const outcome = await first;
    expect(second).toBe("reserved");
    expect(outcome).toBeInstanceOf(RateLimitError);
    expect(await rows()).toBe(max);
  });
});
