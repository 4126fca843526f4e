import { PrismaPg } from "@prisma/adapter-pg";

import { getEnv } from "@/lib/env";

import { PrismaClient } from "./generated/prisma/client";
import { sealClosedTransactions } from "./sealed-transactions";

/** How long a transaction may wait for a connection, and run, unless it says otherwise. */
export const TRANSACTION_MAX_WAIT_MS = 10_000;
export const TRANSACTION_TIMEOUT_MS = 30_000;

/** A client for one database; scripts and tests use it directly, the app through getDb(). */
export function createDb(connectionString: string, max = 10, wrapAdapter: (adapter: PrismaPg) => PrismaPg = (adapter) => adapter) {
  // `wrapAdapter`: tests that watch or hold statements on their way to the driver (tests/integration/helpers).
  const adapter = wrapAdapter(sealClosedTransactions(new PrismaPg({ connectionString, max })));
  return new PrismaClient({
    adapter,
    // Secrets never leave the database layer unless a query asks for them explicitly.
    omit: { user: { passwordHash: true, totpSecret: true, totpPendingSecret: true } },
    // Prisma's defaults (2 s to get a connection, 5 s in all) fail short writes with a 500 when
    // a busy machine stalls the event loop; a stalled transaction is still ended, never half
    // committed (see sealClosedTransactions). Transactions that need longer say so themselves.
    transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS, timeout: TRANSACTION_TIMEOUT_MS },
  });
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
