import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { enqueueRescore } from "@/lib/jobs/queues";
import { log } from "@/lib/log";
import { announcePublicChange } from "@/lib/publication/invalidation";
import { PUBLIC_TAGS } from "@/lib/publication/tags";

import { readStoredModel } from "./model";
import { lockedProject, recordScoreSnapshot } from "./record";
import { RESCORE_INTERRUPTED, RESCORE_STALL_MINUTES } from "./rescore-state";

export const RESCORE_CHUNK = 200;

export type RescoreProgress = {
  id: string;
  modelVersion: number;
  status: string;
  total: number;
  done: number;
  error: string | null;
};

/**
 * Marks QUEUED/RUNNING jobs whose row has not moved for RESCORE_STALL_MINUTES as FAILED
 * (interrupted); see lib/scores/rescore-state.ts. Runs whenever jobs are read or started, so no
 * sweeper process is needed. A job whose row is locked is inside a chunk of a live run: skipped.
 * Not audited, like the runner's own state changes: no person made it.
 */
export async function expireStaleRescoreJobs(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - RESCORE_STALL_MINUTES * 60_000);
  const expired = await getDb().$executeRaw`
    UPDATE rescore_jobs SET status = 'FAILED', error = ${RESCORE_INTERRUPTED}, finished_at = ${now}, updated_at = ${now}
    WHERE id IN (
      SELECT id FROM rescore_jobs
      WHERE status IN ('QUEUED', 'RUNNING') AND updated_at < ${cutoff}
      FOR UPDATE SKIP LOCKED
    )`;
  if (expired > 0) log.warn({ expired, minutes: RESCORE_STALL_MINUTES }, "re-score jobs interrupted");
  return expired;
}

export async function getRescoreJob(actor: Actor, id: string): Promise<RescoreProgress> {
  assertCan(actor, "scoringModel.manage");
  assertUuid(id);
  await expireStaleRescoreJobs();
  const job = await getDb().rescoreJob.findUnique({ where: { id }, include: { model: { select: { version: true } } } });
  if (!job) throw new NotFoundError();
  return { id: job.id, modelVersion: job.model.version, status: job.status, total: job.total, done: job.done, error: job.error };
}

/**
 * Re-scores every scored project with the job's model, one transaction per chunk, so progress
 * is visible and a failure keeps what is done. Each chunk re-checks that the model is still
 * the active one: a later activation supersedes the job (its own job re-scores everything).
 */
export async function runRescoreJob(jobId: string, chunkSize = RESCORE_CHUNK): Promise<RescoreProgress["status"]> {
  const db = getDb();
  const claimed = await db.rescoreJob.updateMany({
    where: { id: jobId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: new Date() },
  });
  if (claimed.count === 0) return (await db.rescoreJob.findUniqueOrThrow({ where: { id: jobId } })).status;
  let cursor: string | undefined;
  try {
    for (;;) {
      const finished = await db.$transaction(
        async (tx) => {
          // The row lock keeps expireStaleRescoreJobs off a job that is mid-chunk.
          await tx.$queryRaw`SELECT id FROM rescore_jobs WHERE id = ${jobId}::uuid FOR UPDATE`;
          const job = await tx.rescoreJob.findUniqueOrThrow({ where: { id: jobId }, include: { model: true } });
          // Declared interrupted while this process was stalled: a restarted job may be running.
          if (job.status !== "RUNNING") return true;
          await tx.$queryRaw`SELECT id FROM scoring_models WHERE id = ${job.modelId}::uuid FOR SHARE`;
          const current = await tx.scoringModel.findUniqueOrThrow({ where: { id: job.modelId } });
          if (!current.active) {
            await tx.rescoreJob.update({ where: { id: jobId }, data: { status: "SUPERSEDED", finishedAt: new Date() } });
            return true;
          }
          const model = readStoredModel(current);
          // The chunk's projects, locked in id order for their snapshots (lib/scores/project-lock.ts).
          const projects = await tx.$queryRaw<{ id: string }[]>`
            SELECT p.id::text AS id FROM joint_projects p
            WHERE EXISTS (SELECT 1 FROM score_snapshots s WHERE s.project_id = p.id)
              AND (${cursor ?? null}::uuid IS NULL OR p.id > ${cursor ?? null}::uuid)
            ORDER BY p.id LIMIT ${chunkSize}
            FOR NO KEY UPDATE OF p`;
          for (const project of projects) {
            await recordScoreSnapshot(tx, lockedProject(project), { kind: "model.rescore", id: jobId }, model);
          }
          // Published projects show their scores on the public portal: stale there from this
          // chunk's commit, regenerated on the next visit (the worker has no portal cache itself).
          if (projects.length > 0) await announcePublicChange(tx, { tag: PUBLIC_TAGS.projects, mode: "soon" });
          cursor = projects.at(-1)?.id ?? cursor;
          const last = projects.length < chunkSize;
          await tx.rescoreJob.update({
            where: { id: jobId },
            data: {
              done: last ? job.total : Math.min(job.total, job.done + projects.length),
              ...(last ? { status: "DONE", finishedAt: new Date() } : {}),
            },
          });
          return last;
        },
        { timeout: 120_000 },
      );
      if (finished) break;
    }
  } catch (error) {
    log.error({ err: error, jobId }, "re-score job failed");
    await db.rescoreJob.update({
      where: { id: jobId },
      data: { status: "FAILED", error: error instanceof Error ? error.message.slice(0, 500) : "unknown", finishedAt: new Date() },
    });
  }
  return (await db.rescoreJob.findUniqueOrThrow({ where: { id: jobId } })).status;
}

/** Ids of re-score jobs nobody has claimed yet, for the worker's sweep (e.g. enqueued before it ever ran). */
export async function queuedRescoreJobIds(): Promise<string[]> {
  const rows = await getDb().rescoreJob.findMany({ where: { status: "QUEUED" }, select: { id: true }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.id);
}

/** The most recent re-score job, for the progress bar on the scoring admin page. */
export async function latestRescoreJob(actor: Actor): Promise<RescoreProgress | null> {
  assertCan(actor, "scoringModel.manage");
  await expireStaleRescoreJobs();
  const job = await getDb().rescoreJob.findFirst({ orderBy: { createdAt: "desc" }, include: { model: { select: { version: true } } } });
  return job && { id: job.id, modelVersion: job.model.version, status: job.status, total: job.total, done: job.done, error: job.error };
}

/**
 * Queues a new re-score of every scored project with the active model (and its frozen
 * context), e.g. after an interrupted or failed run. Serialized with activations by their
 * advisory lock; refused while another job is still queued or running. A worker runs it.
 */
export async function startRescore(actor: Actor): Promise<{ jobId: string; version: number; total: number }> {
  assertCan(actor, "scoringModel.manage");
  await expireStaleRescoreJobs();
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('synergia.scoring_models.activate'))`;
    const model = await tx.scoringModel.findFirst({ where: { active: true }, select: { id: true, version: true } });
    if (!model) throw new ConflictError("noActiveModel");
    if (await tx.rescoreJob.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } })) throw new ConflictError("rescoreInProgress");
    const total = await tx.jointProject.count({ where: { snapshots: { some: {} } } });
    const job = await tx.rescoreJob.create({ data: { modelId: model.id, total } });
    await enqueueRescore(tx, job.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "scoringModel.rescore",
      entityType: "ScoringModel",
      entityId: model.id,
      after: { id: model.id, version: model.version, rescoreJobId: job.id, projects: total },
    });
    return { jobId: job.id, version: model.version, total };
  });
}
