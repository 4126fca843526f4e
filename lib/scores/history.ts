import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

/**
 * Every score snapshot of a project, oldest first, cursor-paginated (the project page shows the
 * latest 200; exports and API reads walk all of them). Figures only, not the full result.
 */
export async function listScoreSnapshotsAfter(actor: Actor, projectId: string, cursor: bigint | null, limit: number) {
  assertCan(actor, "project.read");
  assertUuid(projectId);
  const db = getDb();
  if (cursor === null && !(await db.jointProject.findUnique({ where: { id: projectId }, select: { id: true } }))) throw new NotFoundError();
  const rows = await db.scoreSnapshot.findMany({
    where: { projectId, ...(cursor !== null ? { id: { gt: cursor } } : {}) },
    orderBy: { id: "asc" },
    take: limit,
    select: {
      id: true,
      computedAt: true,
      modelVersion: true,
      trigger: true,
      uTechnology: true,
      uInstitutional: true,
      uResource: true,
      c: true,
      t: true,
      d: true,
      level: true,
      stage: true,
      confidence: true,
      coverage: true,
    },
  });
  return { rows, next: rows.length === limit ? rows[rows.length - 1].id : null };
}

export type ScoreSnapshotRow = Awaited<ReturnType<typeof listScoreSnapshotsAfter>>["rows"][number];
