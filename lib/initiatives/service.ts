import "server-only";
import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type DbTx } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { initiativeChanged } from "@/lib/notifications/triggers";
import { initiativeProgress, isOverdue } from "./progress";
import type { TAddMilestone, TChangeStatus, TCreateInitiative, TPostUpdate, TSetMilestoneDone, TUpdateInitiative } from "./schema";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

const initiativeInclude = {
  recommendation: true,
  owners: { include: { organization: true } },
  milestones: { orderBy: [{ dueDate: "asc" as const }, { position: "asc" as const }] },
  updates: { orderBy: { createdAt: "desc" as const } },
  forums: { include: { forum: true } },
};

/** The permission resource for contributing: the owner organizations are the "members". */
export function contributorResource(owners: readonly { organizationId: string }[]) {
  return { memberOrgIds: owners.map((o) => o.organizationId) };
}

async function loadForWrite(tx: DbTx, id: string) {
  const row = await tx.initiative.findUnique({ where: { id }, include: { owners: true, milestones: true } });
  if (!row) throw new NotFoundError();
  return row;
}

/** Owners must exist, be active, and come from both countries. */
async function checkOwners(tx: DbTx, ownerOrgIds: readonly string[]) {
  const ids = [...new Set(ownerOrgIds)];
  const orgs = await tx.organization.findMany({ where: { id: { in: ids }, archivedAt: null }, select: { id: true, country: true } });
  if (orgs.length !== ids.length) throw new ValidationError("ownerUnknown", "ownerOrgIds");
  const countries = new Set(orgs.map((o) => o.country));
  if (!countries.has("CN") || !countries.has("RU")) throw new ValidationError("ownersBothCountries", "ownerOrgIds");
  return ids;
}

async function checkProjects(tx: DbTx, projectIds: readonly string[]) {
  const ids = [...new Set(projectIds)];
  if (ids.length === 0) return ids;
  const found = await tx.jointProject.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw new ValidationError("projectUnknown", "projectIds");
  return ids;
}

async function progressOf(tx: DbTx, id: string) {
  const row = await tx.initiative.findUniqueOrThrow({ where: { id }, include: { milestones: true } });
  return initiativeProgress(row);
}

export async function getInitiativeOrThrow(actor: Actor, id: string) {
  assertCan(actor, "recommendation.read");
  if (!isUuid(id)) throw new NotFoundError();
  const row = await getDb().initiative.findUnique({ where: { id }, include: initiativeInclude });
  if (!row) throw new NotFoundError();
  const now = new Date();
  return {
    ...row,
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
        startDate: day(startDate),
        dueDate: day(dueDate),
        projectIds: projects,
        createdById: actor.id,
        owners: { create: owners.map((organizationId) => ({ organizationId })) },
        milestones: { create: milestones.map((m, position) => ({ title: m.title, weight: m.weight, dueDate: day(m.dueDate), position })) },
      },
      include: { owners: true, milestones: true },
    });
    await tx.initiativeUpdate.create({ data: { initiativeId: row.id, kind: "CREATED", authorId: actor.id, authorName: await authorName(tx, actor), toStatus: row.status, progress: initiativeProgress(row) } });
    await recordAudit(tx, { actorId: actor.id, action: "initiative.create", entityType: "Initiative", entityId: row.id, after: row });
    return row;
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
      data: { ...fields, startDate: day(startDate), dueDate: day(dueDate), projectIds: projects, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    await tx.initiativeOwner.deleteMany({ where: { initiativeId: id } });
    await tx.initiativeOwner.createMany({ data: owners.map((organizationId) => ({ initiativeId: id, organizationId })) });
    const after = await loadForWrite(tx, id);
    await recordAudit(tx, { actorId: actor.id, action: "initiative.update", entityType: "Initiative", entityId: id, before, after });
    await initiativeChanged(tx, id, actor.id);
    return after;
  });
}

async function authorName(tx: DbTx, actor: Actor) {
  const user = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
  return user?.name ?? "";
}

/** A status change is an update of its own and always carries its reason. */
export async function changeStatus(actor: Actor, input: TChangeStatus) {
  if (!input.reason.trim()) throw new ValidationError("statusReasonRequired", "reason");
  return getDb().$transaction(async (tx) => {
    const before = await loadForWrite(tx, input.id);
    assertCan(actor, "initiative.contribute", contributorResource(before.owners));
    if (before.status === input.status) throw new ValidationError("statusUnchanged", "status");
    const { count } = await tx.initiative.updateMany({ where: { id: input.id, version: input.version }, data: { status: input.status, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    const after = await loadForWrite(tx, input.id);
    await tx.initiativeUpdate.create({
      data: { initiativeId: input.id, kind: "STATUS", authorId: actor.id, authorName: await authorName(tx, actor), body: input.reason.trim(), fromStatus: before.status, toStatus: input.status, progress: initiativeProgress(after) },
    });
    await recordAudit(tx, { actorId: actor.id, action: "initiative.status", entityType: "Initiative", entityId: input.id, before: { status: before.status }, after: { status: input.status, reason: input.reason } });
    await initiativeChanged(tx, input.id, actor.id);
    return after;
  });
}

export async function postUpdate(actor: Actor, input: TPostUpdate) {
  return getDb().$transaction(async (tx) => {
    const initiative = await loadForWrite(tx, input.initiativeId);
    assertCan(actor, "initiative.contribute", contributorResource(initiative.owners));
    const row = await tx.initiativeUpdate.create({
      data: { initiativeId: initiative.id, kind: "NOTE", authorId: actor.id, authorName: await authorName(tx, actor), body: input.body, links: input.links, progress: initiativeProgress(initiative) },
    });
    await recordAudit(tx, { actorId: actor.id, action: "initiative.update.post", entityType: "Initiative", entityId: initiative.id, after: row });
    await initiativeChanged(tx, initiative.id, actor.id);
    return row;
  });
}

export async function addMilestone(actor: Actor, input: TAddMilestone) {
  assertCan(actor, "initiative.manage");
  return getDb().$transaction(async (tx) => {
    const initiative = await loadForWrite(tx, input.initiativeId);
    const row = await tx.milestone.create({
      data: { initiativeId: initiative.id, title: input.title, weight: input.weight, dueDate: day(input.dueDate), position: initiative.milestones.length },
    });
    await recordAudit(tx, { actorId: actor.id, action: "milestone.create", entityType: "Milestone", entityId: row.id, after: row });
    await initiativeChanged(tx, initiative.id, actor.id);
    return row;
  });
}

/** Ticking (or un-ticking) a milestone moves the progress; the timeline records it. */
export async function setMilestoneDone(actor: Actor, input: TSetMilestoneDone) {
  if (!isUuid(input.milestoneId)) throw new NotFoundError();
  return getDb().$transaction(async (tx) => {
    const before = await tx.milestone.findUnique({ where: { id: input.milestoneId }, include: { initiative: { include: { owners: true } } } });
    if (!before) throw new NotFoundError();
    assertCan(actor, "initiative.contribute", contributorResource(before.initiative.owners));
    if (Boolean(before.completedAt) === input.done) return before;
    const after = await tx.milestone.update({
      where: { id: before.id },
      data: input.done ? { completedAt: new Date(), completedById: actor.id } : { completedAt: null, completedById: null },
    });
    await tx.initiativeUpdate.create({
      data: {
        initiativeId: before.initiativeId,
        kind: "MILESTONE",
        authorId: actor.id,
        authorName: await authorName(tx, actor),
        body: before.title,
        milestoneId: before.id,
        toStatus: input.done ? "COMPLETE" : "NOT_STARTED",
        progress: await progressOf(tx, before.initiativeId),
      },
    });
    const { initiative: _initiative, ...beforeRow } = before;
    await recordAudit(tx, { actorId: actor.id, action: input.done ? "milestone.complete" : "milestone.reopen", entityType: "Milestone", entityId: before.id, before: beforeRow, after });
    await initiativeChanged(tx, before.initiativeId, actor.id);
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
