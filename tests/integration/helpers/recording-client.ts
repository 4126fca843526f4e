import { afterAll, beforeAll } from "vitest";

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

/**
 * For a describe block: the services (getDb()) run on a recording client from beforeAll to
 * afterAll, and the app's own client is put back afterwards.
 */
export function servicesOnRecordingClient() {
  const recording = clientRecordingStatements();
  const app = globalThis as unknown as { synergiaPrisma?: unknown };
  let previous: unknown;
  beforeAll(() => {
    previous = app.synergiaPrisma;
    app.synergiaPrisma = recording.db;
  });
  afterAll(async () => {
    app.synergiaPrisma = previous;
    await recording.db.$disconnect();
  });
  return recording;
}
