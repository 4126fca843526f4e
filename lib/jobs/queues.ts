// Not `server-only`: shared by the web app (enqueueing) and the worker (scripts/worker.ts).
import PgBoss from "pg-boss";

import type { DbTx } from "@/lib/db/client";

/** pg-boss keeps its tables in a schema of its own, apart from the application's. */
export const BOSS_SCHEMA = "pgboss";

export const QUEUES = {
  /** Deliver one outbox mail: { id }. */
  deliver: "mail-deliver",
  /** Every minute: deliver whatever is still QUEUED (a job lost, a retry due, a worker restart). */
  sweep: "mail-sweep",
  /** Once a day: one digest mail per user with waiting DIGEST notifications. */
  digest: "notification-digest",
  /** Every hour: reminders before reporting deadlines (lib/jobs/reminders.ts). */
  reminders: "period-reminders",
  /** Once a day: delete old sign-in attempts, closed sessions and past limit windows (lib/jobs/prune.ts). */
  prune: "sign-in-prune",
  /** Re-score the portfolio with a newly active scoring model: { id } of the rescore_jobs row. */
  rescore: "scores-rescore",
} as const;

/** Cron (UTC) of the daily digest. */
export const DIGEST_CRON = "0 7 * * *";

/** Cron (UTC) of the reminder run; hourly, so a reminder is at most an hour late. */
export const REMINDER_CRON = "15 * * * *";

// Used only to build pg-boss's own insert statement; it never opens a connection, because every
// call passes the caller's transaction as `db`.
const sender = new PgBoss({ connectionString: "postgres://unused", schema: BOSS_SCHEMA });

/**
 * Whether this process has seen pg-boss's tables. Once they exist they stay while the app runs
 * (the worker creates them and nothing drops them), so a process asks only until it has seen
 * them, not once per enqueue; before that it asks every time, as a worker may create them at
 * any moment.
 */
let bossTablesSeen = false;

async function bossTablesExist(tx: Pick<DbTx, "$queryRaw">): Promise<boolean> {
  if (bossTablesSeen) return true;
  const [{ ready }] = await tx.$queryRaw<{ ready: boolean }[]>`SELECT to_regclass(${`${BOSS_SCHEMA}.queue`}) IS NOT NULL AS ready`;
  if (ready) bossTablesSeen = true;
  return ready;
}

/** For tests that drop pg-boss's schema while their process runs: ask again on the next enqueue. */
export function forgetBossTables(): void {
  bossTablesSeen = false;
}

/**
 * Inserts jobs in the caller's transaction, so a job exists exactly when the row it works on
 * committed. Before the worker has ever run there is no pg-boss schema (or no such queue) yet:
 * nothing is enqueued, and the worker's sweeps pick the rows up once it starts.
 */
async function enqueue(
  tx: Pick<DbTx, "$queryRaw" | "$queryRawUnsafe">,
  jobs: { name: string; data: { id: string }; singletonKey: string }[],
): Promise<void> {
  if (jobs.length === 0) return;
  if (!(await bossTablesExist(tx))) return;
  const db = {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((v) => v ?? null)),
    }),
  };
  await sender.insert(jobs, { db });
}

/** Delivery jobs for outbox mails committed in the caller's transaction. */
export async function enqueueDeliveries(tx: Pick<DbTx, "$queryRaw" | "$queryRawUnsafe">, mailIds: readonly string[]): Promise<void> {
  await enqueue(
    tx,
    mailIds.map((id) => ({ name: QUEUES.deliver, data: { id }, singletonKey: id })),
  );
}

/**
 * The re-score of a rescore_jobs row created in the caller's transaction: whichever instance's
 * worker takes it runs it, whichever web instance activated the model.
 */
export async function enqueueRescore(tx: Pick<DbTx, "$queryRaw" | "$queryRawUnsafe">, rescoreJobId: string): Promise<void> {
  await enqueue(tx, [{ name: QUEUES.rescore, data: { id: rescoreJobId }, singletonKey: rescoreJobId }]);
}
