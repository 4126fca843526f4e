import { clientWithStatementHook } from "./statement-hook";

/**
 * A Prisma client on the test database whose driver adapter holds back the first statement
 * matching `matches` until the test releases it: the delay a busy event loop puts between
 * Prisma accepting a statement and sending it, made deterministic (prisma/orm#29762). The client is
 * the app's (createDb).
 * `reached` resolves once the statement is held.
 */
export function clientHoldingStatement(matches: (sql: string) => boolean) {
  let reached!: () => void;
  let release!: () => void;
  const held = { reached: new Promise<void>((r) => (reached = r)), released: new Promise<void>((r) => (release = r)) };
  let armed = true;
  const db = clientWithStatementHook(async ({ sql }) => {
    if (!armed || !matches(sql)) return;
    armed = false;
    reached();
    await held.released;
  });
  return { db, reached: held.reached, release };
}
