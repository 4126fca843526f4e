import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid, isUuid } from "@/lib/ids";
import { initiativeProgress } from "@/lib/initiatives/progress";

/**
 * "Since the last forum": what happened to each initiative assigned to an edition between the
 * previous edition's date and this edition's date (or now, while the edition is still ahead).
 */
export async function forumReport(actor: Actor, forumId: string, now: Date = new Date()) {
  assertCan(actor, "recommendation.read");
  return buildReport(forumId, now, null);
}

/**
 * The public portal's copy, without a reader: null unless organizers published the edition, and
 * linked projects that `published` does not keep (not on the portal) are left out together with
 * their evidence counts and score moves.
 */
export async function publicForumReport(forumId: string, published: (projectIds: string[]) => Promise<Set<string>>, now = new Date()) {
  if (!isUuid(forumId)) return null;
  const edition = await getDb().forumEdition.findUnique({ where: { id: forumId }, select: { publishedAt: true } });
  if (!edition?.publishedAt) return null;
  return buildReport(forumId, now, published);
}

async function buildReport(forumId: string, now: Date, published: ((projectIds: string[]) => Promise<Set<string>>) | null) {
  assertUuid(forumId);
  const db = getDb();
  const forum = await db.forumEdition.findUnique({ where: { id: forumId } });
  if (!forum) throw new NotFoundError();
  const previous = await db.forumEdition.findFirst({ where: { heldOn: { lt: forum.heldOn } }, orderBy: { heldOn: "desc" } });
  const heldEnd = new Date(forum.heldOn.getTime() + 86_400_000);
  const to = heldEnd < now ? heldEnd : now;
  const from = previous ? new Date(previous.heldOn.getTime() + 86_400_000) : new Date(0);

  const initiatives = await db.initiative.findMany({
    where: { forums: { some: { forumId } } },
    orderBy: [{ recommendation: { code: "asc" } }, { createdAt: "asc" }],
    include: {
      recommendation: true,
      milestones: true,
      projects: { include: { project: { select: { code: true } } }, orderBy: { project: { code: "asc" } } },
      // All of them: a milestone met in the window and deleted later is known only from these.
      updates: { orderBy: { createdAt: "asc" } },
    },
  });
  if (published) {
    const keep = await published([...new Set(initiatives.flatMap((i) => i.projects.map((p) => p.projectId)))]);
    for (const i of initiatives) i.projects = i.projects.filter((p) => keep.has(p.projectId));
  }
  const projectIds = [...new Set(initiatives.flatMap((i) => i.projects.map((p) => p.projectId)))];
  const [evidence, snapshots] = await Promise.all([
    projectIds.length
      ? db.evidence.groupBy({
          by: ["projectId"],
          where: { projectId: { in: projectIds }, submittedAt: { gte: from, lt: to } },
          _count: { _all: true },
        })
      : [],
    projectIds.length
      ? db.scoreSnapshot.findMany({
          where: { projectId: { in: projectIds }, computedAt: { lt: to } },
          orderBy: { computedAt: "asc" },
          select: { projectId: true, computedAt: true, d: true },
        })
      : [],
  ]);
  const evidenceBy = new Map(evidence.map((e) => [e.projectId, e._count._all]));
  const dAt = (projectId: string, at: Date) => snapshots.filter((s) => s.projectId === projectId && s.computedAt < at).at(-1)?.d ?? null;

  const rows = initiatives.map((i) => {
    const updates = i.updates.filter((u) => u.createdAt < to);
    const before = updates.filter((u) => u.createdAt < from);
    const during = updates.filter((u) => u.createdAt >= from);
    const progressBefore = before.filter((u) => u.progress !== null).at(-1)?.progress ?? 0;
    const statusBefore = before.filter((u) => u.toStatus && u.kind !== "MILESTONE").at(-1)?.toStatus ?? "NOT_STARTED";
    const inWindow = (d: Date | null) => !!d && d >= from && d < to;
    // A milestone is listed once: met (flagged late when done after its due day) when completed in
    // the window, missed when it fell due in the window and was still open at the window's end.
    const metNow = i.milestones.filter((m) => inWindow(m.completedAt));
    const met = [...metNow.map((m) => m.title), ...deletedMetIn(i.updates, inWindow)];
    const late = metNow.filter((m) => m.completedAt!.getTime() >= m.dueDate.getTime() + 86_400_000).map((m) => m.title);
    const missed = i.milestones.filter((m) => inWindow(m.dueDate) && (!m.completedAt || m.completedAt >= to));
    const scoreMoves = i.projects
      .map(({ projectId, project }) => ({ projectId, code: project.code, dBefore: dAt(projectId, from), dNow: dAt(projectId, to) }))
      .filter((s) => s.dBefore !== s.dNow);
    return {
      id: i.id,
      code: i.recommendation.code,
      titleEn: i.titleEn,
      titleZh: i.titleZh,
      titleRu: i.titleRu,
      statusBefore,
      statusNow: i.status,
      statusChanges: during
        .filter((u) => u.kind === "STATUS")
        .map((u) => ({ at: u.createdAt, from: u.fromStatus, to: u.toStatus, reason: u.body })),
      progressBefore: Math.round(progressBefore),
      progressNow: Math.round(initiativeProgress(i)),
      updates: during.filter((u) => u.kind === "NOTE").length,
      milestonesMet: met,
      milestonesLate: late,
      milestonesMissed: missed.map((m) => m.title),
      newEvidence: i.projects.reduce((sum, p) => sum + (evidenceBy.get(p.projectId) ?? 0), 0),
      scoreMoves,
    };
  });
  return { forum, previous, from: previous ? from : null, to, rows };
}
export type ForumReport = Awaited<ReturnType<typeof forumReport>>;

type TimelineEntry = {
  kind: string;
  milestoneId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  body: string;
  createdAt: Date;
};

/**
 * Titles of milestones that were met in the window and deleted since: deleting a milestone does
 * not undo having met it. The timeline keeps each tick and the deletion (with the state it had).
 */
function deletedMetIn(timeline: TimelineEntry[], inWindow: (d: Date) => boolean): string[] {
  return timeline
    .filter((u) => u.kind === "MILESTONE_DELETED" && u.fromStatus === "COMPLETE" && u.milestoneId)
    .flatMap((deletion) => {
      const met = timeline
        .filter(
          (u) =>
            u.kind === "MILESTONE" &&
            u.milestoneId === deletion.milestoneId &&
            u.toStatus === "COMPLETE" &&
            u.createdAt <= deletion.createdAt,
        )
        .at(-1);
      return met && inWindow(met.createdAt) ? [deletion.body] : [];
    });
}
