import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { arcOf } from "@/lib/db/target-arc";

import { loadTargetOrThrow, readersWhere } from "./access";
import type { TTarget } from "./schema";
import { commentInclude, toViews } from "./view";

/**
 * The thread of a target, oldest first, as this reader may see it. With `since`, only comments
 * changed at or after that time: the polling fallback's cheap query on
 * (<target>_id, updated_at).
 */
export async function listThread(actor: Actor, target: TTarget, since?: Date) {
  const db = getDb();
  const info = await loadTargetOrThrow(db, actor, target);
  const serverTime = new Date();
  const rows = await db.comment.findMany({
    where: { ...arcOf(target), ...(since ? { updatedAt: { gte: since } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: commentInclude,
  });
  return { comments: await toViews(db, actor, info, rows), serverTime: serverTime.toISOString() };
}

/** People the author may @mention: those who can see the target, matched by name or e-mail. */
export async function listMentionable(actor: Actor, target: TTarget, query: string) {
  const db = getDb();
  const info = await loadTargetOrThrow(db, actor, target);
  const q = query.trim().slice(0, 60);
  return db.user.findMany({
    where: {
      ...readersWhere(info),
      id: { not: actor.id },
      ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { startsWith: q, mode: "insensitive" } }] } : {}),
    },
    orderBy: { name: "asc" },
    take: 8,
    select: { id: true, name: true, organization: { select: { nameEn: true, nameZh: true, nameRu: true } } },
  });
}

// The predicate of the partial index comments_open_revision_requests_idx.
const openRequest = { revisionRequest: true, resolvedAt: null, deletedAt: null, hiddenAt: null } as const;

/** Open revision requests on one evidence item (the caller has already checked it is visible). */
export async function listOpenRevisionRequests(actor: Actor, evidenceId: string) {
  const db = getDb();
  await loadTargetOrThrow(db, actor, { type: "EVIDENCE", id: evidenceId });
  return db.comment.findMany({
    where: { ...openRequest, evidenceId },
    orderBy: { createdAt: "asc" },
    select: { id: true, createdAt: true },
  });
}

/** The partner's landing page: their organization's evidence items with open revision requests. */
export async function listRevisionRequestsForOrganization(actor: Actor) {
  assertCan(actor, "comment.write");
  if (!actor.organizationId) return [];
  const db = getDb();
  // One indexed pass over open requests joined to the organization's evidence.
  const grouped = await db.$queryRaw<{ evidenceId: string; count: number; since: Date }[]>`
    SELECT c.evidence_id AS "evidenceId", count(*)::int AS count, min(c.created_at) AS since
    FROM comments c JOIN evidence e ON e.id = c.evidence_id
    WHERE c.revision_request AND c.resolved_at IS NULL
      AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND e.organization_id = ${actor.organizationId}::uuid
    GROUP BY c.evidence_id
    ORDER BY since`;
  if (grouped.length === 0) return [];
  const details = await db.evidence.findMany({
    where: { id: { in: grouped.map((g) => g.evidenceId) } },
    select: {
      id: true,
      indicator: { select: { code: true, nameEn: true, nameZh: true, nameRu: true } },
      project: { select: { code: true } },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  return grouped.flatMap((g) => {
    const d = byId.get(g.evidenceId);
    return d ? [{ evidenceId: d.id, indicator: d.indicator, projectCode: d.project.code, count: g.count }] : [];
  });
}

/** For the live stream: refuses a reader who may not read the target's comments. */
export async function assertCanReadThread(actor: Actor, target: TTarget): Promise<void> {
  await loadTargetOrThrow(getDb(), actor, target);
}
