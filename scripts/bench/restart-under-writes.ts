/**
 * The PostgreSQL phase of `npm run bench:reliability`: signed-in partners post comments without
 * pause (a server action, as the discussion form does); mid-way PostgreSQL is stopped and started
 * again as an operator would. Every comment the app acknowledged must be in the database
 * afterwards, and the time from the stop until writes are acknowledged again is measured.
 */
import postgres from "postgres";

import { startPostgresAgain, stopPostgres } from "../../tests/support/postgres-restart";
import { callAction, type ActionRef } from "../../tests/support/server-actions";

export type RestartFigures = { pgRestartRecoveryS: number; ackedWritesLost: number; acked: number; refusedDuringOutage: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function restartUnderWrites(options: {
  baseUrl: string;
  databaseUrl: string;
  pgDataDir: string;
  createComment: ActionRef;
  writers: { cookie: string; projectId: string }[];
  say: (line: string) => void;
}): Promise<RestartFigures> {
  const { baseUrl, createComment, say } = options;
  const run = `reliability-${Date.now().toString(36)}`;
  const acked: string[] = [];
  let refused = 0;
  let next = 0;
  let stopped = false;
  let restartedAt = 0;
  let recoveredAt = 0;

  const writer = async ({ cookie, projectId }: { cookie: string; projectId: string }) => {
    while (!stopped) {
      const marker = `${run} #${next++}`;
      const answer = await callAction(
        baseUrl,
        createComment,
        [{ target: { type: "PROJECT", id: projectId }, body: marker, locale: "en" }],
        cookie,
      ).catch(() => undefined);
      if (answer?.ok) {
        acked.push(marker);
        if (restartedAt && !recoveredAt) recoveredAt = Date.now();
      } else {
        refused++;
        await sleep(100);
      }
    }
  };
  const writers = options.writers.map(writer);
  // Stop only once writes are flowing (the server may still be busy with the previous phase).
  const flowing = Date.now() + 120_000;
  while (acked.length < 20 && Date.now() < flowing) await sleep(100);
  const before = acked.length;
  say(`${before} comments acknowledged; stopping PostgreSQL…`);
  restartedAt = Date.now();
  await stopPostgres(options.pgDataDir);
  await startPostgresAgain(options.pgDataDir, options.databaseUrl);
  say(`PostgreSQL accepts connections again after ${((Date.now() - restartedAt) / 1000).toFixed(1)} s`);
  const deadline = Date.now() + 120_000;
  while (!recoveredAt && Date.now() < deadline) await sleep(100);
  await sleep(5_000);
  stopped = true;
  await Promise.all(writers);

  const sql = postgres(options.databaseUrl, { max: 1, onnotice: () => {} });
  const stored = new Set((await sql<{ body: string }[]>`SELECT body FROM comments WHERE body LIKE ${`${run} #%`}`).map((r) => r.body));
  await sql.end({ timeout: 5 });
  const lost = acked.filter((marker) => !stored.has(marker)).length;
  return {
    pgRestartRecoveryS: recoveredAt ? Math.round((recoveredAt - restartedAt) / 100) / 10 : -1,
    ackedWritesLost: lost,
    acked: acked.length,
    refusedDuringOutage: refused,
  };
}
