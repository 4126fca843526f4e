import { beforeEach, describe, expect, it } from "vitest";

import { lockProjectForScoring, recordScoreSnapshot } from "@/lib/scores/record";
import { expireStaleRescoreJobs, getRescoreJob, latestRescoreJob, runRescoreJob, startRescore } from "@/lib/scores/rescore";
import { RESCORE_INTERRUPTED, RESCORE_STALL_MINUTES } from "@/lib/scores/rescore-state";
import type { TModelConfig } from "@/lib/scores/schema";
import { activateModelVersion, createModelVersionFromConfig, latestConfig } from "@/lib/scores/versions";

import { createUser, resetDb, testDb, testSql } from "./helpers/db";
import { createEvidence, createProject, seedCatalog } from "./helpers/scores-factories";

beforeEach(async () => {
  await resetDb();
  await seedCatalog();
});

async function scoredProject() {
  const project = await createProject();
  const values: [string, number][] = [
    ["T1", 5],
    ["I1", 20],
    ["R1", 100],
  ];
  for (const [i, [code, value]] of values.entries()) {
    await createEvidence({ projectId: project.id, organizationId: project.organizationIds[i % 2], indicatorCode: code, value });
  }
  await testDb().$transaction(async (tx) =>
    recordScoreSnapshot(tx, await lockProjectForScoring(tx, project.id), { kind: "evidence.submit" }),
  );
  return project;
}

async function latestConfigOf(
  admin: Awaited<ReturnType<typeof createUser>>,
  couplingVariant: TModelConfig["couplingVariant"],
): Promise<TModelConfig> {
  const { version: _version, ...current } = await latestConfig(admin);
  return { ...(current as TModelConfig), couplingVariant };
}

/** A job of the active model as the process that stopped left it, last touched `minutes` ago. */
async function leftoverJob(status: "QUEUED" | "RUNNING", minutes: number) {
  const model = await testDb().scoringModel.findFirstOrThrow({ where: { active: true } });
  const job = await testDb().rescoreJob.create({ data: { modelId: model.id, total: 2, done: status === "RUNNING" ? 1 : 0, status } });
  await testSql()`update rescore_jobs set updated_at = now() - make_interval(mins => ${minutes}) where id = ${job.id}::uuid`;
  return job;
}

const rescoreAudits = () => testDb().auditLog.findMany({ where: { action: "scoringModel.rescore" } });

describe("interrupted re-score jobs", () => {
  it(`shows a RUNNING job without progress for over ${RESCORE_STALL_MINUTES} minutes as interrupted, and a new re-score finishes the work`, async () => {
    const admin = await createUser({ role: "ADMIN" });
    const projects = [await scoredProject(), await scoredProject()];
    // v2 is activated; its job was claimed, then the server stopped before the first chunk.
    const v2 = (await createModelVersionFromConfig(admin, { config: await latestConfigOf(admin, "fan") }))!;
    const activation = await activateModelVersion(admin, v2.id);
    await testDb().rescoreJob.update({ where: { id: activation.jobId }, data: { status: "RUNNING", startedAt: new Date() } });
    await testSql()`update rescore_jobs set updated_at = now() - make_interval(mins => ${RESCORE_STALL_MINUTES + 1})`;

    expect(await latestRescoreJob(admin)).toMatchObject({
      id: activation.jobId,
      status: "FAILED",
      error: RESCORE_INTERRUPTED,
      done: 0,
      modelVersion: 2,
    });
    expect(await getRescoreJob(admin, activation.jobId)).toMatchObject({ status: "FAILED", error: RESCORE_INTERRUPTED });
    expect((await testDb().rescoreJob.findUniqueOrThrow({ where: { id: activation.jobId } })).finishedAt).not.toBeNull();

    const restarted = await startRescore(admin);
    expect(restarted).toMatchObject({ version: 2, total: 2 });
    expect(await latestRescoreJob(admin)).toMatchObject({ id: restarted.jobId, status: "QUEUED" });
    expect(await rescoreAudits()).toEqual([expect.objectContaining({ actorId: admin.id, entityType: "ScoringModel", entityId: v2.id })]);

    const startedAt = Date.now();
    expect(await runRescoreJob(restarted.jobId)).toBe("DONE");
    // Every claim and chunk moves updatedAt: that is what tells a live job from an interrupted one.
    expect((await testDb().rescoreJob.findUniqueOrThrow({ where: { id: restarted.jobId } })).updatedAt.getTime()).toBeGreaterThanOrEqual(
      startedAt - 1000,
    );
    for (const project of projects) {
      const latest = await testDb().scoreSnapshot.findFirstOrThrow({ where: { projectId: project.id }, orderBy: { id: "desc" } });
      expect(latest).toMatchObject({ modelVersion: 2, trigger: "model.rescore", triggerId: restarted.jobId });
    }
    // The interrupted job stays as it was recorded.
    expect(await testDb().rescoreJob.findUniqueOrThrow({ where: { id: activation.jobId } })).toMatchObject({ status: "FAILED", done: 0 });
  });

  it("also recovers a job that was queued but never picked up; a late runner does not take it", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const queued = await leftoverJob("QUEUED", RESCORE_STALL_MINUTES + 5);
    expect(await getRescoreJob(admin, queued.id)).toMatchObject({ status: "FAILED", error: RESCORE_INTERRUPTED });
    expect(await runRescoreJob(queued.id)).toBe("FAILED");
    expect(await testDb().rescoreJob.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ startedAt: null, done: 0 });
  });

  it("leaves a job that moved recently alone and refuses a second re-score meanwhile, changing nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const running = await leftoverJob("RUNNING", RESCORE_STALL_MINUTES - 1);
    expect(await latestRescoreJob(admin)).toMatchObject({ id: running.id, status: "RUNNING", error: null });
    await expect(startRescore(admin)).rejects.toMatchObject({ code: "rescoreInProgress" });
    expect(await testDb().rescoreJob.count()).toBe(1);
    expect(await rescoreAudits()).toHaveLength(0);
  });

  it("skips a stale-looking job whose row a live runner holds mid-chunk", async () => {
    const job = await leftoverJob("RUNNING", RESCORE_STALL_MINUTES + 1);
    await testDb().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM rescore_jobs WHERE id = ${job.id}::uuid FOR UPDATE`;
      expect(await expireStaleRescoreJobs()).toBe(0);
    });
    expect(await expireStaleRescoreJobs()).toBe(1);
  });

  it("refuses a new re-score to organizers and partners, and changes nothing", async () => {
    const stuck = await leftoverJob("RUNNING", RESCORE_STALL_MINUTES + 1);
    for (const role of ["ORGANIZER", "PARTNER"] as const) {
      const user = await createUser({ role });
      await expect(startRescore(user)).rejects.toThrow("forbidden");
      await expect(latestRescoreJob(user)).rejects.toThrow("forbidden");
    }
    expect(await testDb().rescoreJob.count()).toBe(1);
    expect(await testDb().rescoreJob.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({ status: "RUNNING" });
    expect(await rescoreAudits()).toHaveLength(0);
  });

  it("refuses a new re-score when no model is active", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await testDb().scoringModel.updateMany({ data: { active: false } });
    await expect(startRescore(admin)).rejects.toMatchObject({ code: "noActiveModel" });
    expect(await testDb().rescoreJob.count()).toBe(0);
  });
});
