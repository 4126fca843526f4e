import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

import { hiddenCauses, sameFigures } from "./causes";
import { toHistoryPoint, type ScoreHistoryPoint } from "./view";

const POINT = { id: true, computedAt: true, modelVersion: true, trigger: true, triggerId: true } as const;
const FIGURES = { uTechnology: true, uInstitutional: true, uResource: true, d: true, level: true, stage: true } as const;

/**
 * Every score snapshot of a project, oldest first, cursor-paginated (exports walk all of them).
 * Figures only, not the full result. As on the project page, a snapshot caused by evidence the
 * reader may not read (another organization's draft) does not reveal it: left out when the
 * figures did not move, else kept with the neutral trigger "hidden".
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
    select: { ...POINT, ...FIGURES, c: true, t: true, confidence: true, coverage: true },
  });
  const hidden = await hiddenCauses(db, actor, rows);
  // The stored snapshot before this page, to tell whether a hidden one moved the figures.
  const before = cursor !== null ? await db.scoreSnapshot.findUnique({ where: { id: cursor }, select: { ...POINT, ...FIGURES } }) : null;
  let previous: ScoreHistoryPoint | null = before ? toHistoryPoint(before) : null;
  const shown = rows.flatMap(({ triggerId: _triggerId, ...row }, index) => {
    const point = toHistoryPoint(rows[index]);
    const moved = !sameFigures(previous, point);
    previous = point;
    if (!hidden[index]) return [row];
    return moved ? [{ ...row, trigger: "hidden" }] : [];
  });
  return { rows: shown, next: rows.length === limit ? rows[rows.length - 1].id : null };
}

export type ScoreSnapshotRow = Awaited<ReturnType<typeof listScoreSnapshotsAfter>>["rows"][number];
