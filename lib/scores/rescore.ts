import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { log } from "@/lib/log";
import { readStoredModel } from "./model";
import { recordScoreSnapshot } from "./service";

export const RESCORE_CHUNK = 200;

export type RescoreProgress = {
  id: string;
  modelVersion: number;
  status: string;
  total: number;
  done: number;
  error: string | null;
};

export async function getRescoreJob(actor: Actor, id: string): Promise<RescoreProgress> {
  assertCan(actor, "scoringModel.manage");
  if (!isUuid(id)) throw new NotFoundError();
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
          const job = await tx.rescoreJob.findUniqueOrThrow({ where: { id: jobId }, include: { model: true } });
          await tx.$queryRaw`SELECT id FROM scoring_models WHERE id = ${job.modelId}::uuid FOR SHARE`;
          const current = await tx.scoringModel.findUniqueOrThrow({ where: { id: job.modelId } });
          if (!current.active) {
            await tx.rescoreJob.update({ where: { id: jobId }, data: { status: "SUPERSEDED", finishedAt: new Date() } });
            return true;
          }
          const model = readStoredModel(current);
          const projects = await tx.jointProject.findMany({
            where: { snapshots: { some: {} }, ...(cursor ? { id: { gt: cursor } } : {}) },
            orderBy: { id: "asc" },
            take: chunkSize,
            select: { id: true },
          });
          for (const project of projects) {
            await recordScoreSnapshot(tx, project.id, { kind: "model.rescore", id: jobId }, model);
          }
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

/** The most recent re-score job, for the progress bar on the scoring admin page. */
export async function latestRescoreJob(actor: Actor): Promise<RescoreProgress | null> {
  assertCan(actor, "scoringModel.manage");
  const job = await getDb().rescoreJob.findFirst({ orderBy: { createdAt: "desc" }, include: { model: { select: { version: true } } } });
  return job && { id: job.id, modelVersion: job.model.version, status: job.status, total: job.total, done: job.done, error: job.error };
}
