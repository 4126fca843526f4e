import { PrismaPg } from "@prisma/adapter-pg";

import { getEnv } from "@/lib/env";

import { PrismaClient } from "./generated/prisma/client";
import { sealClosedTransactions } from "./sealed-transactions";

/** A client for one database; scripts and tests use it directly, the app through getDb(). */
export function createDb(connectionString: string, max = 10) {
  const adapter = sealClosedTransactions(new PrismaPg({ connectionString, max }));
  // Secrets never leave the database layer unless a query asks for them explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true, totpSecret: true, totpPendingSecret: true } } });
}

export type Db = ReturnType<typeof createDb>;

const globalForPrisma = globalThis as unknown as { synergiaPrisma?: Db };

/** One client per process; in development it survives hot reloads. */
export function getDb(): Db {
  globalForPrisma.synergiaPrisma ??= createDb(getEnv().DATABASE_URL);
  return globalForPrisma.synergiaPrisma;
}

export type { Prisma } from "./generated/prisma/client";

/** The client inside `db.$transaction(async (tx) => …)`, with our omit settings. */
export type DbTx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
