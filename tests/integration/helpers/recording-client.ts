import { clientWithStatementHook, type SentStatement } from "./statement-hook";

export type RecordedStatement = SentStatement;

/**
 * A Prisma client on the test database (the app's createDb) that records every statement it
 * sends, with its parameters, in `statements` (transaction control included; a transaction's
 * BEGIN is recorded where the transaction starts).
 */
export function clientRecordingStatements() {
  const statements: RecordedStatement[] = [];
  const db = clientWithStatementHook(
    (statement) => void statements.push(statement),
    () => statements.push({ sql: "BEGIN", args: [] }),
  );
  return { db, statements };
}
