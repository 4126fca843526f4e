import type { PrismaPg } from "@prisma/adapter-pg";

import { createDb } from "@/lib/db/client";

export type SentStatement = { sql: string; args: unknown[] };

/**
 * The app's client (createDb) on the test database, whose driver adapter awaits `before` with
 * every statement on its way to the driver, in and out of transactions (transaction control
 * included), and calls `onBegin` where a transaction starts (the adapter sends its BEGIN below
 * the hook). The recording and the holding clients are this with their own `before`.
 */
export function clientWithStatementHook(before: (statement: SentStatement) => void | Promise<void>, onBegin = () => {}) {
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, prop) {
        const value = Reflect.get(object, prop) as unknown;
        if (typeof value !== "function") return value;
        if (prop === "queryRaw" || prop === "executeRaw")
          return async (query: { sql: string; args?: unknown[] }) => {
            await before({ sql: query.sql, args: query.args ?? [] });
            return (value as (q: unknown) => Promise<unknown>).call(object, query);
          };
        if (prop === "connect" || prop === "startTransaction")
          return async (...args: unknown[]) => {
            if (prop === "startTransaction") onBegin();
            return wrap(await (value as (...a: unknown[]) => Promise<object>).apply(object, args));
          };
        return (value as (...a: unknown[]) => unknown).bind(object);
      },
    });
  return createDb(process.env.DATABASE_URL!, 2, (adapter: PrismaPg) => wrap(adapter));
}
