// Not `server-only`: started by scripts/worker.ts in plain Node.
import PgBoss from "pg-boss";

import type { Db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { deliverMail, queuedMailIds } from "@/lib/mail/outbox";
import type { MailTransport } from "@/lib/mail/transport";

import { queueDigests } from "./digest";
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

/**
 * Starts pg-boss (creating its schema on first run), the queues, the schedules and their
 * handlers. Several workers may run: pg-boss hands each job to one of them and the outbox rows
 * are locked while they are delivered.
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
  for (const name of Object.values(QUEUES)) await boss.createQueue(name);
  await boss.schedule(QUEUES.sweep, "* * * * *");
  await boss.schedule(QUEUES.digest, DIGEST_CRON, {}, { tz: "UTC" });
  await boss.schedule(QUEUES.reminders, REMINDER_CRON, {}, { tz: "UTC" });

  await boss.work<{ id: string }>(QUEUES.deliver, { batchSize: 5 }, async (jobs) => {
    for (const job of jobs) await deliverMail(db, job.data.id, transport);
  });
  await boss.work(QUEUES.sweep, async () => {
    const count = await sweepOutbox(db, transport);
    if (count > 0) log.info({ count }, "outbox sweep delivered mail");
  });
  await boss.work(QUEUES.digest, async () => {
    const ids = await runDigest(db, transport);
    log.info({ mails: ids.length }, "daily digest queued");
  });
  await boss.work(QUEUES.reminders, async () => {
    const people = await sendPeriodReminders(db);
    if (people > 0) log.info({ people }, "reporting reminders queued");
  });
  log.info({ smtp: transport ? "configured" : "none (mail is stored in the outbox)" }, "mail worker started");
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }) };
}
