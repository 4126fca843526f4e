import { afterAll, describe, expect, it } from "vitest";

import * as evidence from "@/lib/evidence/service";
import { startWorker } from "@/lib/jobs/worker";

import { resetDb, testDb, testSql } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";
import { clientRecordingStatements } from "./helpers/recording-client";

const app = globalThis as unknown as { synergiaPrisma?: unknown };

const deliveryJobs = async () =>
  (await testSql()<{ n: number }[]>`select count(*)::int as n from pgboss.job where name = 'mail-deliver'`)[0].n;

/**
 * A submission asks its counterparts to verify by e-mail, in a delivery job enqueued in the same
 * transaction. Whether pg-boss's tables exist is asked until they do (on a fresh database the
 * worker may create them at any moment), and then never again by this process: they stay while
 * the app runs.
 */
describe("enqueueing the mails of a submission", () => {
  afterAll(async () => {
    await testSql()`drop schema if exists pgboss cascade`;
  });

  it("checks for pg-boss's tables until they exist, enqueues once they do, then stops checking", { timeout: 60_000 }, async () => {
    await resetDb();
    await testSql()`drop schema if exists pgboss cascade`;
    const catalog = await createCatalog();
    const w = await createProjectWorld();
    const recording = clientRecordingStatements();
    const previous = app.synergiaPrisma;
    app.synergiaPrisma = recording.db; // getDb(): the services run on the recording client
    const submit = async (periodStart: string, periodEnd: string) => {
      const from = recording.statements.length;
      const row = await evidence.createEvidence(
        w.cn,
        { projectId: w.project.id, fields: fields(catalog.percent.id, { periodStart, periodEnd }) },
        [],
        "submit",
      );
      expect(row.status).toBe("SUBMITTED");
      return recording.statements.slice(from).map((s) => s.sql);
    };
    const checks = (statements: string[]) => statements.filter((sql) => /to_regclass/i.test(sql)).length;
    try {
      // A fresh database: no pg-boss schema yet; the mail waits in the outbox for the worker's sweep.
      const fresh = await submit("2025-01-01", "2025-03-31");
      expect(checks(fresh)).toBe(1);
      expect(await testDb().emailOutbox.count()).toBe(1);

      // The worker starts and creates pg-boss's tables: the next submission enqueues its mail.
      const worker = await startWorker({ databaseUrl: process.env.DATABASE_URL!, db: testDb(), transport: null });
      await worker.stop();
      const first = await submit("2025-04-01", "2025-06-30");
      expect(checks(first)).toBe(1);
      expect(await deliveryJobs()).toBe(1);

      // From then on no submission asks again, and each still enqueues its mail.
      const later = await submit("2025-07-01", "2025-09-30");
      expect(checks(later)).toBe(0);
      expect(await deliveryJobs()).toBe(2);
      expect(later).toHaveLength(first.length - 1);
    } finally {
      app.synergiaPrisma = previous;
      await recording.db.$disconnect();
    }
  });
});
