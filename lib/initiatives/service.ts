import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fromIsoDate } from "@/lib/dates";
import { getDb, type DbTx } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { initiativeChanged } from "@/lib/notifications/triggers";

import { authorName, contributorResource, loadForWrite, withProjectIds } from "./load";
import { initiativeProgress, isOverdue } from "./progress";
import type { TChangeStatus, TCreateInitiative, TUpdateInitiative } from "./schema";
import { CITED_EVIDENCE_SELECT } from "./updates";

export { contributorResource };
export { addMilestone, deleteMilestone, moveMilestone, setMilestoneDone } from "./milestones";
export { postUpdate } from "./updates";

const initiativeInclude = {
  recommendation: true,
  owners: { include: { organization: true } },
  projects: { include: { project: { select: { id: true, code: true } } }, orderBy: { project: { code: "asc" as const } } },
  milestones: { orderBy: [{ position: "asc" as const }, { dueDate: "asc" as const }] },
  updates: {
    orderBy: { createdAt: "desc" as const },
    include: {
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { createdAt: "asc" as const } },
      evidence: {
        include: {
          evidence: {
            select: CITED_EVIDENCE_SELECT,
          },
        },
      },
    },
  },
  forums: { include: { forum: true } },
};

/** Owners must exist, be active, and come from both countries. */
async function checkOwners(tx: DbTx, ownerOrgIds: readonly string[]) {
  const ids = [...new Set(ownerOrgIds)];
  const orgs = await tx.organization.findMany({ where: { id: { in: ids }, archivedAt: null }, select: { id: true, country: true } });
  if (orgs.length !== ids.length) throw new ValidationError("ownerUnknown", "ownerOrgIds");
  const countries = new Set(orgs.map((o) => o.country));
  if (!countries.has("CN") || !countries.has("RU")) throw new ValidationError("ownersBothCountries", "ownerOrgIds");
  return ids;
}

/** Projects must exist; the join table's foreign keys keep them consistent afterwards. */
async function checkProjects(tx: DbTx, projectIds: readonly string[]) {
  const ids = [...new Set(projectIds)];
  if (ids.length === 0) return ids;
  const found = await tx.jointProject.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw new ValidationError("projectUnknown", "projectIds");
  return ids;
}

export async function getInitiativeOrThrow(actor: Actor, id: string) {
  assertCan(actor, "recommendation.read");
  assertUuid(id);
  const row = await getDb().initiative.findUnique({ where: { id }, include: initiativeInclude });
  if (!row) throw new NotFoundError();
  const now = new Date();
  return {
    ...withProjectIds(row),
    progress: initiativeProgress(row),
    milestones: row.milestones.map((m) => ({ ...m, overdue: isOverdue(m, now) })),
  };
}
export type InitiativeDetail = Awaited<ReturnType<typeof getInitiativeOrThrow>>;

export async function createInitiative(actor: Actor, input: TCreateInitiative) {
  assertCan(actor, "initiative.manage");
  if (input.dueDate < input.startDate) throw new ValidationError("dueBeforeStart", "dueDate");
  return getDb().$transaction(async (tx) => {
    const rec = await tx.recommendation.findUnique({ where: { id: input.recommendationId } });
    if (!rec || rec.retiredAt) throw new ValidationError("recommendationUnavailable", "recommendationId");
    const { ownerOrgIds, projectIds, milestones, startDate, dueDate, ...fields } = input;
    const owners = await checkOwners(tx, ownerOrgIds);
    const projects = await checkProjects(tx, projectIds);
    const row = await tx.initiative.create({
      data: {
        ...fields,
        startDate: fromIsoDate(startDate),
        dueDate: fromIsoDate(dueDate),
        createdById: actor.id,
        owners: { create: owners.map((organizationId) => ({ organizationId })) },
        projects: { create: projects.map((projectId) => ({ projectId })) },
        milestones: {
          create: milestones.map((m, position) => ({ title: m.title, weight: m.weight, dueDate: fromIsoDate(m.dueDate), position })),
        },
      },
      include: { owners: true, milestones: true, projects: true },
    });
    await tx.initiativeUpdate.create({
      data: {
        initiativeId: row.id,
        kind: "CREATED",
        authorId: actor.id,
        authorName: await authorName(tx, actor),
        toStatus: row.status,
        progress: initiativeProgress(row),
      },
    });
    await recordAudit(tx, { actorId: actor.id, action: "initiative.create", entityType: "Initiative", entityId: row.id, after: row });
    return withProjectIds(row);
  });
}

export async function updateInitiative(actor: Actor, input: TUpdateInitiative) {
  assertCan(actor, "initiative.manage");
  if (input.dueDate < input.startDate) throw new ValidationError("dueBeforeStart", "dueDate");
  const { id, version, ownerOrgIds, projectIds, startDate, dueDate, ...fields } = input;
  return getDb().$transaction(async (tx) => {
    const before = await loadForWrite(tx, id);
    const owners = await checkOwners(tx, ownerOrgIds);
    const projects = await checkProjects(tx, projectIds);
    const { count } = await tx.initiative.updateMany({
      where: { id, version },
      data: { ...fields, startDate: fromIsoDate(startDate), dueDate: fromIsoDate(dueDate), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    await tx.initiativeOwner.deleteMany({ where: { initiativeId: id } });
    await tx.initiativeOwner.createMany({ data: owners.map((organizationId) => ({ initiativeId: id, organizationId })) });
    await tx.initiativeProject.deleteMany({ where: { initiativeId: id } });
    await tx.initiativeProject.createMany({ data: projects.map((projectId) => ({ initiativeId: id, projectId })) });
    const after = withProjectIds(await loadForWrite(tx, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "initiative.update",
      entityType: "Initiative",
      entityId: id,
      before: withProjectIds(before),
      after,
    });
    await initiativeChanged(tx, id, actor.id);
    return after;
  });
}

/** A status change is an update of its own and always carries its reason. */
export async function changeStatus(actor: Actor, input: TChangeStatus) {
  if (!input.reason.trim()) throw new ValidationError("statusReasonRequired", "reason");
  return getDb().$transaction(async (tx) => {
    const before = await loadForWrite(tx, input.id);
    assertCan(actor, "initiative.contribute", contributorResource(before.owners));
    if (before.status === input.status) throw new ValidationError("statusUnchanged", "status");
    const { count } = await tx.initiative.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    const after = await loadForWrite(tx, input.id);
    await tx.initiativeUpdate.create({
      data: {
        initiativeId: input.id,
        kind: "STATUS",
        authorId: actor.id,
        authorName: await authorName(tx, actor),
        body: input.reason.trim(),
        fromStatus: before.status,
        toStatus: input.status,
        progress: initiativeProgress(after),
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "initiative.status",
      entityType: "Initiative",
      entityId: input.id,
      before: { status: before.status },
      after: { status: input.status, reason: input.reason },
    });
    await initiativeChanged(tx, input.id, actor.id);
    return after;
  });
}

/** Every initiative with its recommendation code, for pickers (forum assignment). */
export async function listInitiatives(actor: Actor) {
  assertCan(actor, "recommendation.read");
  return getDb().initiative.findMany({
    orderBy: [{ recommendation: { code: "asc" } }, { createdAt: "asc" }],
    select: { id: true, titleEn: true, titleZh: true, titleRu: true, status: true, recommendation: { select: { code: true } } },
  });
}
