import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fromIsoDate } from "@/lib/dates";
import { getDb, type DbTx } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { initiativeChanged } from "@/lib/notifications/triggers";

import { authorName, contributorResource, loadForWrite, lockInitiative, progressOf } from "./load";
import type { TAddMilestone, TDeleteMilestone, TMoveMilestone, TSetMilestoneDone } from "./schema";

/**
 * Milestones in the organizers' order (`position`, dense from 0). Reordering and deleting take
 * the version the organizer saw: a milestone someone ticked, moved or edited since is refused as
 * stale rather than silently overridden.
 */

async function siblings(tx: DbTx, initiativeId: string) {
  return tx.milestone.findMany({ where: { initiativeId }, orderBy: [{ position: "asc" }, { dueDate: "asc" }, { id: "asc" }] });
}

/** Writes 0..n-1 in the given order; a milestone whose position changes gets a new version. */
async function renumber(tx: DbTx, ordered: readonly { id: string; position: number }[]) {
  for (const [position, m] of ordered.entries()) {
    if (m.position !== position) await tx.milestone.update({ where: { id: m.id }, data: { position, version: { increment: 1 } } });
  }
}

async function milestoneForWrite(tx: DbTx, milestoneId: string) {
  assertUuid(milestoneId);
  const found = await tx.milestone.findUnique({ where: { id: milestoneId }, select: { initiativeId: true } });
  if (!found) throw new NotFoundError();
  await lockInitiative(tx, found.initiativeId);
  const milestone = await tx.milestone.findUnique({ where: { id: milestoneId } });
  if (!milestone) throw new NotFoundError();
  return milestone;
}

export async function addMilestone(actor: Actor, input: TAddMilestone) {
  assertCan(actor, "initiative.manage");
  return getDb().$transaction(async (tx) => {
    await lockInitiative(tx, input.initiativeId);
    const initiative = await loadForWrite(tx, input.initiativeId);
    const last = initiative.milestones.reduce((max, m) => Math.max(max, m.position), -1);
    const row = await tx.milestone.create({
      data: {
        initiativeId: initiative.id,
        title: input.title,
        weight: input.weight,
        dueDate: fromIsoDate(input.dueDate),
        position: last + 1,
      },
    });
    await recordAudit(tx, { actorId: actor.id, action: "milestone.create", entityType: "Milestone", entityId: row.id, after: row });
    await initiativeChanged(tx, initiative.id, actor.id);
    return row;
  });
}

/** Ticking (or un-ticking) a milestone moves the progress; the timeline records it. */
export async function setMilestoneDone(actor: Actor, input: TSetMilestoneDone) {
  assertUuid(input.milestoneId);
  return getDb().$transaction(async (tx) => {
    const before = await tx.milestone.findUnique({
      where: { id: input.milestoneId },
      include: { initiative: { include: { owners: true } } },
    });
    if (!before) throw new NotFoundError();
    assertCan(actor, "initiative.contribute", contributorResource(before.initiative.owners));
    if (Boolean(before.completedAt) === input.done) return before;
    const after = await tx.milestone.update({
      where: { id: before.id },
      data: {
        ...(input.done ? { completedAt: new Date(), completedById: actor.id } : { completedAt: null, completedById: null }),
        version: { increment: 1 },
      },
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
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.done ? "milestone.complete" : "milestone.reopen",
      entityType: "Milestone",
      entityId: before.id,
      before: beforeRow,
      after,
    });
    await initiativeChanged(tx, before.initiativeId, actor.id);
    return after;
  });
}

/** Swaps the milestone with its neighbour above or below. */
export async function moveMilestone(actor: Actor, input: TMoveMilestone) {
  assertCan(actor, "initiative.manage");
  return getDb().$transaction(async (tx) => {
    const milestone = await milestoneForWrite(tx, input.milestoneId);
    if (milestone.version !== input.version) throw new ConflictError("staleVersion");
    const order = await siblings(tx, milestone.initiativeId);
    const from = order.findIndex((m) => m.id === milestone.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) throw new ValidationError("milestoneCannotMove", "direction");
    const moved = [...order];
    [moved[from], moved[to]] = [moved[to], moved[from]];
    await renumber(tx, moved);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "milestone.move",
      entityType: "Milestone",
      entityId: milestone.id,
      before: { order: order.map((m) => m.id) },
      after: { order: moved.map((m) => m.id) },
    });
    return siblings(tx, milestone.initiativeId);
  });
}

/**
 * Organizers delete a milestone, met or not; the progress is recomputed from what remains and
 * the timeline keeps a note of it (saying so when the milestone had been met).
 */
export async function deleteMilestone(actor: Actor, input: TDeleteMilestone) {
  assertCan(actor, "initiative.manage");
  return getDb().$transaction(async (tx) => {
    const milestone = await milestoneForWrite(tx, input.milestoneId);
    const { count } = await tx.milestone.deleteMany({ where: { id: milestone.id, version: input.version } });
    if (count === 0) throw new ConflictError("staleVersion");
    await renumber(tx, await siblings(tx, milestone.initiativeId));
    const progress = await progressOf(tx, milestone.initiativeId);
    await tx.initiativeUpdate.create({
      data: {
        initiativeId: milestone.initiativeId,
        kind: "MILESTONE_DELETED",
        authorId: actor.id,
        authorName: await authorName(tx, actor),
        body: milestone.title,
        milestoneId: milestone.id,
        fromStatus: milestone.completedAt ? "COMPLETE" : "NOT_STARTED",
        progress,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "milestone.delete",
      entityType: "Milestone",
      entityId: milestone.id,
      before: milestone,
      after: { progress },
    });
    await initiativeChanged(tx, milestone.initiativeId, actor.id);
    return { initiativeId: milestone.initiativeId, progress };
  });
}
