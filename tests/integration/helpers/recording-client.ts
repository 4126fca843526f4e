import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/db/generated/prisma/client";
import { sealClosedTransactions } from "@/lib/db/sealed-transactions";

export type RecordedStatement = { sql: string; args: unknown[] };

/**
 * A Prisma client on the test database whose driver adapter records every statement it sends,
 * with its parameters, in `statements` (transaction control included). Below the recording the
 * driver adapter is the app's (createDb). The adapter sends a transaction's BEGIN below the
 * recording, so it is recorded where the transaction starts.
 */
export function clientRecordingStatements() {
  const statements: RecordedStatement[] = [];
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, prop) {
        const value = Reflect.get(object, prop) as unknown;
        if (typeof value !== "function") return value;
        if (prop === "queryRaw" || prop === "executeRaw")
          return (query: { sql: string; args?: unknown[] }) => {
            statements.push({ sql: query.sql, args: query.args ?? [] });
            return (value as (q: unknown) => Promise<unknown>).call(object, query);
          };
        if (prop === "connect" || prop === "startTransaction")
          return async (...args: unknown[]) => {
            if (prop === "startTransaction") statements.push({ sql: "BEGIN", args: [] });
            return wrap(await (value as (...a: unknown[]) => Promise<object>).apply(object, args));
          };
        return (value as (...a: unknown[]) => unknown).bind(object);
      },
    });
  const db = new PrismaClient({
    adapter: wrap(sealClosedTransactions(new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }))),
    // As createDb, so that it can stand in for the app's client (getDb()).
    omit: { user: { passwordHash: true, totpSecret: true, totpPendingSecret: true } },
  });
  return { db, statements };
}
