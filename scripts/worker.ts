/**
 * The background worker: delivers e-mail from the outbox, sends the daily digests, prunes the
 * sign-in and limit tables daily and re-scores the portfolio after a scoring-model activation,
 * through the pg-boss queue in PostgreSQL.
 * `npm start` runs it next to the web server; in other deployments run `npm run worker` (one or
 * more, on any machine) with the app's settings. SIGTERM/SIGINT stop it after the jobs in hand.
 */
import { createDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { startWorker } from "@/lib/jobs/worker";
import { log } from "@/lib/log";
import { transportFromEnv } from "@/lib/mail/transport";

async function main() {
  const env = getEnv();
  const db = createDb(env.DATABASE_URL, 4);
  const worker = await startWorker({ databaseUrl: env.DATABASE_URL, db, transport: transportFromEnv(env) });
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void worker
        .stop()
        .then(() => db.$disconnect())
        .finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, "the worker could not start");
  process.exit(1);
});
