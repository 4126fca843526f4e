import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  action?: string;
  entityType?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  /** Keyset cursor: the id of the last row of the previous page. */
  before?: bigint;
};

/**
 * The draft rule of lib/evidence/access.ts applied to the log: a draft belongs to the
 * organization writing it, so an entry is left out for everyone else when it is about another
 * organization's current draft or a comment on one, or when it recorded the evidence while it
 * was still a draft (a draft's values stay private after submission too). Hidden drafts are few,
 * so the two sub-selects stay small on a large log.
 */
function visibleTo(actor: Actor): Prisma.Sql {
  const org = actor.organizationId;
  return Prisma.sql`NOT (
    (a.entity_type = 'Evidence' AND a.entity_id IN (
      SELECT e.id::text FROM evidence e WHERE e.status = 'DRAFT' AND e.organization_id IS DISTINCT FROM ${org}::uuid))
    OR (a.entity_type = 'Evidence' AND a.after->>'status' = 'DRAFT' AND a.after->>'organizationId' IS DISTINCT FROM ${org}::text)
    OR (a.entity_type = 'Comment' AND a.entity_id IN (
      SELECT c.id::text FROM comments c JOIN evidence e ON e.id = c.evidence_id
      WHERE e.status = 'DRAFT' AND e.organization_id IS DISTINCT FROM ${org}::uuid))
  )`;
}

function conditions(actor: Actor, filter: AuditFilter): Prisma.Sql {
  const conds = [visibleTo(actor)];
  if (filter.action) conds.push(Prisma.sql`a.action LIKE ${`${filter.action.replace(/[\\%_]/g, "\\$&")}%`}`);
  if (filter.entityType) conds.push(Prisma.sql`a.entity_type = ${filter.entityType}`);
  if (filter.actorId) conds.push(Prisma.sql`a.actor_id = ${filter.actorId}::uuid`);
  if (filter.from) conds.push(Prisma.sql`a.created_at >= ${filter.from}`);
  if (filter.to) conds.push(Prisma.sql`a.created_at < ${filter.to}`);
  if (filter.before) conds.push(Prisma.sql`a.id < ${filter.before}`);
  return Prisma.join(conds, " AND ");
}

/** An update that submitted a draft keeps its `before` (the unshared draft) from other readers. */
function withoutDraftBefore<T extends { entityType: string; before: Prisma.JsonValue }>(actor: Actor, entry: T): T {
  const before = entry.before as { status?: unknown; organizationId?: unknown } | null;
  const hidden = entry.entityType === "Evidence" && before?.status === "DRAFT" && before.organizationId !== actor.organizationId;
  return hidden ? { ...entry, before: null } : entry;
}

/** Newest first, keyset-paginated so deep pages stay fast on a large log. */
export async function listAuditEntries(actor: Actor, filter: AuditFilter = {}, pageSize = AUDIT_PAGE_SIZE) {
  assertCan(actor, "audit.read");
  const db = getDb();
  const ids = await db.$queryRaw<{ id: bigint }[]>`
    SELECT a.id FROM audit_log a WHERE ${conditions(actor, filter)} ORDER BY a.id DESC LIMIT ${pageSize + 1}`;
  const hasMore = ids.length > pageSize;
  const rows = await db.auditLog.findMany({
    where: { id: { in: ids.slice(0, pageSize).map((r) => r.id) } },
    orderBy: { id: "desc" },
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  const entries = rows.map((row) => withoutDraftBefore(actor, row));
  return { entries, nextCursor: hasMore ? entries[entries.length - 1].id : null };
}

export async function listAuditFacets(actor: Actor) {
  assertCan(actor, "audit.read");
  const db = getDb();
  const [actions, entityTypes] = await Promise.all([
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: entityTypes.map((e) => e.entityType) };
}
