import "server-only";

import type { DbTx, Prisma } from "@/lib/db/client";
import type { ProjectScore } from "@/lib/scoring";

import { restrictToModel, type ActiveModel } from "./model";
import { getActiveModel, type ModelHead } from "./model-cache";
import type { LockedProject } from "./project-lock";
import { loadProjectInput } from "./service";
import { fingerprint, snapshotFigures } from "./snapshot";

export { lockedProject, lockProjectForScoring, type LockedProject } from "./project-lock";

async function lockActiveModel(tx: DbTx): Promise<ModelHead | null> {
  // Activation flips `active` under FOR UPDATE, so it waits until this transaction ends and the
  // re-score that follows it sees the snapshot written here. The locked row is the head that
  // getActiveModel would read next.
  const [head] = await tx.$queryRaw<{ id: string; version: number; activated_at: Date | null }[]>`
    SELECT id::text AS id, version, activated_at FROM scoring_models WHERE active ORDER BY version DESC LIMIT 1 FOR SHARE`;
  return head ? { id: head.id, version: head.version, activatedAt: head.activated_at } : null;
}

/**
 * Scores one project with the active model's frozen context and stores the result. Only this
 * project's row and snapshots are written: other projects' scores never move. When the input
 * is identical to the latest snapshot's (same fingerprint), that snapshot is returned instead
 * of storing a duplicate. The caller holds the project's lock (LockedProject), so the evidence
 * read here is everything committed for the project, and the next snapshot waits for this one.
 */
export async function recordScoreSnapshot(
  tx: DbTx,
  project: LockedProject,
  trigger: { kind: string; id?: string },
  model?: ActiveModel,
): Promise<{ snapshotId: bigint; score: ProjectScore }> {
  const projectId = project.id;
  // No head: an activation committed while the lock waited (its new row was not in the lock's
  // snapshot); getActiveModel then reads the new one, as it did before the lock returned the head.
  const active = model ?? (await getActiveModel(tx, (await lockActiveModel(tx)) ?? undefined));
  const input = restrictToModel(await loadProjectInput(tx, projectId), active);
  const print = fingerprint(active.version, input);
  const latest = await tx.scoreSnapshot.findFirst({
    where: { projectId },
    orderBy: [{ computedAt: "desc" }, { id: "desc" }],
    select: { id: true, fingerprint: true, result: true },
  });
  if (latest && latest.fingerprint === print) {
    return { snapshotId: latest.id, score: latest.result as unknown as ProjectScore };
  }
  const { score, row, latest: figures } = snapshotFigures(input, active);
  const snapshot = await tx.scoreSnapshot.create({
    data: { ...row, projectId, trigger: trigger.kind, triggerId: trigger.id ?? null, result: score as unknown as Prisma.InputJsonValue },
    select: { id: true },
  });
  // Raw SQL so that `updated_at` keeps meaning "a person edited the project".
  await tx.$executeRaw`
    UPDATE joint_projects
    SET latest_d = ${figures.latestD}::double precision,
        latest_level = ${figures.latestLevel}::integer,
        latest_stage = ${figures.latestStage}::integer
    WHERE id = ${projectId}::uuid`;
  return { snapshotId: snapshot.id, score };
}
