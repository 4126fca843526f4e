import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/db/generated/prisma/client";
import { sealClosedTransactions } from "@/lib/db/sealed-transactions";

type Queryable = { queryRaw: (q: { sql: string }) => Promise<unknown>; executeRaw: (q: { sql: string }) => Promise<unknown> };

/**
 * A Prisma client on the test database whose driver adapter holds back the first statement
 * matching `matches` until the test releases it: the delay a busy event loop puts between
 * Prisma accepting a statement and sending it, made deterministic (prisma/orm#29762). Below the
 * hold the driver adapter is the app's (createDb).
 * `reached` resolves once the statement is held.
 */
export function clientHoldingStatement(matches: (sql: string) => boolean) {
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
  const db = new PrismaClient({
    adapter: wrap(sealClosedTransactions(new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }))),
  });
  return { db, reached: held.reached, release };
}
