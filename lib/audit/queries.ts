import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type Prisma } from "@/lib/db/client";

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

/** Newest first, keyset-paginated so deep pages stay fast on a large log. */
export async function listAuditEntries(actor: Actor, filter: AuditFilter = {}) {
  assertCan(actor, "audit.read");
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
    ...(filter.before ? { id: { lt: filter.before } } : {}),
  };
  const rows = await getDb().auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  const hasMore = rows.length > AUDIT_PAGE_SIZE;
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
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
