// Not `server-only`: started by scripts/worker.ts in plain Node.
import PgBoss from "pg-boss";

import type { Db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { deliverMail, queuedMailIds } from "@/lib/mail/outbox";
import type { MailTransport } from "@/lib/mail/transport";
import { queuedRescoreJobIds, runRescoreJob } from "@/lib/scores/rescore";

import { queueDigests } from "./digest";
import { PRUNE_CRON, pruneSignInAndLimitTables } from "./prune";
import { BOSS_SCHEMA, DIGEST_CRON, QUEUES, REMINDER_CRON } from "./queues";
import { sendPeriodReminders } from "./reminders";

/** Delivers every QUEUED mail once; what fails stays QUEUED (or FAILED) for a later sweep. */
export async function sweepOutbox(db: Db, transport: MailTransport | null): Promise<number> {
  let delivered = 0;
  for (const id of await queuedMailIds(db)) {
    const result = await deliverMail(db, id, transport);
    if (result === "SENT" || result === "STORED") delivered += 1;
  }
  return delivered;
}

/** The daily digest: queue one mail per recipient, then deliver them. */
export async function runDigest(db: Db, transport: MailTransport | null): Promise<string[]> {
  const ids = await queueDigests(db);
  for (const id of ids) await deliverMail(db, id, transport);
  return ids;
}

/** Re-score jobs that are QUEUED but have no queue job (created before the worker first ran). */
async function sweepRescores(boss: PgBoss): Promise<void> {
  for (const id of await queuedRescoreJobIds()) await boss.send(QUEUES.rescore, { id }, { singletonKey: id });
}

/**
 * Starts pg-boss (creating its schema on first run), the queues, the schedules and their
 * handlers. Several workers may run: pg-boss hands each job to one of them, the outbox rows are
 * locked while they are delivered, and a re-score is claimed by one run only.
 */
export async function startWorker(options: {
  databaseUrl: string;
  db: Db;
  transport: MailTransport | null;
}): Promise<{ stop: () => Promise<void> }> {
  const { db, transport } = options;
  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: BOSS_SCHEMA, max: 4 });
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();
  for (const name of [QUEUES.deliver, QUEUES.sweep, QUEUES.digest, QUEUES.reminders, QUEUES.prune]) await boss.createQueue(name);
  // A re-score of a large portfolio may take long; it is not retried: its chunks are committed,
  // and one that stops is shown as interrupted for an administrator to start again.
  await boss.createQueue(QUEUES.rescore, { name: QUEUES.rescore, expireInSeconds: 6 * 3600, retryLimit: 0 });
  await boss.schedule(QUEUES.sweep, "* * * * *");
  await boss.schedule(QUEUES.digest, DIGEST_CRON, {}, { tz: "UTC" });
  await boss.schedule(QUEUES.reminders, REMINDER_CRON, {}, { tz: "UTC" });
  await boss.schedule(QUEUES.prune, PRUNE_CRON, {}, { tz: "UTC" });

  await boss.work<{ id: string }>(QUEUES.deliver, { batchSize: 5 }, async (jobs) => {
    for (const job of jobs) await deliverMail(db, job.data.id, transport);
  });
  await boss.work(QUEUES.sweep, async () => {
    const count = await sweepOutbox(db, transport);
    if (count > 0) log.info({ count }, "outbox sweep delivered mail");
    await sweepRescores(boss);
  });
  await boss.work<{ id: string }>(QUEUES.rescore, async ([job]) => {
    const status = await runRescoreJob(job.data.id);
    log.info({ rescoreJobId: job.data.id, status }, "re-score finished");
  });
  await sweepRescores(boss);
  await boss.work(QUEUES.digest, async () => {
    const ids = await runDigest(db, transport);
    log.info({ mails: ids.length }, "daily digest queued");
  });
  await boss.work(QUEUES.reminders, async () => {
    const people = await sendPeriodReminders(db);
    if (people > 0) log.info({ people }, "reporting reminders queued");
  });
  await boss.work(QUEUES.prune, async () => {
    log.info(await pruneSignInAndLimitTables(db), "sign-in and limit tables pruned");
  });
  log.info({ smtp: transport ? "configured" : "none (mail is stored in the outbox)" }, "worker started");
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }) };
}
