import type { PrismaPg } from "@prisma/adapter-pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Statement = Parameters<Transaction["queryRaw"]>[0];

/** `target` with some members replaced; the rest still bound to it (private fields work). */
function overriding<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(object, prop) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop as keyof T];
      const value: unknown = Reflect.get(object, prop);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

function sealOnClose(tx: Transaction): Transaction {
  let closed = false;
  const guarded =
    <R>(run: (statement: Statement) => Promise<R>) =>
    (statement: Statement): Promise<R> => {
      if (closed) return Promise.reject(new Error("Statement refused: its transaction has already ended"));
      if (/^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i.test(statement.sql)) closed = true;
      return run.call(tx, statement);
    };
  return overriding(tx, {
    queryRaw: guarded(tx.queryRaw),
    executeRaw: guarded(tx.executeRaw),
    commit: () => ((closed = true), tx.commit()),
    rollback: () => ((closed = true), tx.rollback()),
  });
}

/**
 * Makes Prisma transactions atomic when they time out. On timeout Prisma sends ROLLBACK, but a
 * statement of the callback it had already accepted can still reach the driver afterwards
 * (prisma/orm#29762, seen under load): it then ran on the connection outside any transaction,
 * autocommitted, or inside the next request's transaction once the connection was back in the
 * pool. Here a transaction's connection takes no statement once its COMMIT or ROLLBACK was handed
 * over; such a statement fails instead. node-postgres sends statements in the order they are
 * handed over, so everything handed over before stays inside the transaction.
 */
export function sealClosedTransactions(factory: PrismaPg): PrismaPg {
  return overriding(factory, {
    connect: async () => {
      const adapter = await factory.connect();
      return overriding(adapter, {
        startTransaction: async (isolationLevel) => sealOnClose(await adapter.startTransaction(isolationLevel)),
      });
    },
  });
}
