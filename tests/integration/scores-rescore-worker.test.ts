import postgres from "postgres";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

import { forgetBossTables } from "@/lib/jobs/queues";
import { startWorker } from "@/lib/jobs/worker";
import { PUBLIC_CACHE_CHANNEL } from "@/lib/publication/invalidation";
import { lockProjectForScoring, recordScoreSnapshot } from "@/lib/scores/record";
import { getRescoreJob, startRescore } from "@/lib/scores/rescore";
import type { TModelConfig } from "@/lib/scores/schema";
import { activateModelVersion, createModelVersionFromConfig, latestConfig } from "@/lib/scores/versions";

import { createUser, resetDb, testDb, testSql } from "./helpers/db";
import { createEvidence, createProject, seedCatalog } from "./helpers/scores-factories";

beforeEach(async () => {
  await resetDb();
  await seedCatalog();
});

afterAll(async () => {
  await testSql()`drop schema if exists pgboss cascade`;
});

async function scoredProject() {
  const project = await createProject();
  for (const [i, [code, value]] of (
    [
      ["T1", 5],
      ["I1", 20],
      ["R1", 100],
    ] as const
  ).entries()) {
    await createEvidence({ projectId: project.id, organizationId: project.organizationIds[i % 2], indicatorCode: code, value });
  }
  await testDb().$transaction(async (tx) =>
    recordScoreSnapshot(tx, await lockProjectForScoring(tx, project.id), { kind: "evidence.submit" }),
  );
  return project;
}

const queueJobs = async (rescoreJobId: string) =>
  (
    await testSql()<
      { n: number }[]
    >`select count(*)::int as n from pgboss.job where name = 'scores-rescore' and data->>'id' = ${rescoreJobId}`
  )[0].n;

/** Polls the job row until it leaves QUEUED/RUNNING; the test's own timeout bounds the wait. */
async function finished(admin: Awaited<ReturnType<typeof createUser>>, jobId: string) {
  for (;;) {
    const job = await getRescoreJob(admin, jobId);
    if (job.status !== "QUEUED" && job.status !== "RUNNING") return job;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("re-scoring on the job queue", () => {
  it(
    "an activation enqueues its re-score in the same transaction, and one of two workers runs it to the end",
    { timeout: 120_000 },
    async () => {
      const admin = await createUser({ role: "ADMIN" });
      const projects = [await scoredProject(), await scoredProject()];
      const { version: _version, ...current } = await latestConfig(admin);
      const next = (await createModelVersionFromConfig(admin, { config: { ...(current as TModelConfig), couplingVariant: "fan" } }))!;

      // Two workers, as two app instances would run them.
      const workers = [
        await startWorker({ databaseUrl: process.env.DATABASE_URL!, db: testDb(), transport: null }),
        await startWorker({ databaseUrl: process.env.DATABASE_URL!, db: testDb(), transport: null }),
      ];
      try {
        const job = await activateModelVersion(admin, next.id);
        expect(await queueJobs(job.jobId)).toBe(1);
        expect(await finished(admin, job.jobId)).toMatchObject({ status: "DONE", done: 2, total: 2, modelVersion: 2 });
        for (const project of projects) {
          const snapshots = await testDb().scoreSnapshot.findMany({ where: { projectId: project.id, triggerId: job.jobId } });
          // Exactly one re-score snapshot per project: the job ran once, not once per worker.
          expect(snapshots.map((s) => [s.modelVersion, s.trigger])).toEqual([[2, "model.rescore"]]);
        }

        // A restart from the admin page goes the same way.
        const again = await startRescore(admin);
        expect(await queueJobs(again.jobId)).toBe(1);
        expect(await finished(admin, again.jobId)).toMatchObject({ status: "DONE", done: 2 });
      } finally {
        for (const worker of workers) await worker.stop();
      }
    },
  );

  it("the public portal of every instance hears that a re-score changed scores", { timeout: 120_000 }, async () => {
    const admin = await createUser({ role: "ADMIN" });
    await scoredProject();
    // What each web server's listenForPublicChanges receives.
    const listener = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    const heard: unknown[] = [];
    await listener.listen(PUBLIC_CACHE_CHANNEL, (payload) => void heard.push(JSON.parse(payload)));
    const worker = await startWorker({ databaseUrl: process.env.DATABASE_URL!, db: testDb(), transport: null });
    try {
      const job = await startRescore(admin);
      expect(await finished(admin, job.jobId)).toMatchObject({ status: "DONE", done: 1 });
      // Marked stale, not expired: the portal keeps answering while it regenerates.
      await vi.waitFor(() => expect(heard).toEqual([{ tag: "public:projects", mode: "soon" }]), { timeout: 30_000 });
    } finally {
      await worker.stop();
      await listener.end({ timeout: 5 });
    }
  });

  it("a re-score queued while no worker had ever run is picked up when one starts", { timeout: 120_000 }, async () => {
    await testSql()`drop schema if exists pgboss cascade`;
    forgetBossTables(); // the first test's enqueue saw the tables
    const admin = await createUser({ role: "ADMIN" });
    await scoredProject();
    const job = await startRescore(admin);
    expect((await getRescoreJob(admin, job.jobId)).status).toBe("QUEUED");
    const worker = await startWorker({ databaseUrl: process.env.DATABASE_URL!, db: testDb(), transport: null });
    try {
      expect(await finished(admin, job.jobId)).toMatchObject({ status: "DONE", done: 1, total: 1 });
    } finally {
      await worker.stop();
    }
  });
});
