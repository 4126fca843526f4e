import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fromIsoDate } from "@/lib/dates";
import { getDb } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";

import type { TAssignInitiatives, TForumFields } from "./schema";

export async function listForums(actor: Actor) {
  assertCan(actor, "recommendation.read");
  return getDb().forumEdition.findMany({ orderBy: { heldOn: "desc" }, include: { _count: { select: { initiatives: true } } } });
}

export async function createForum(actor: Actor, input: TForumFields) {
  assertCan(actor, "forum.manage");
  return getDb().$transaction(async (tx) => {
    const row = await tx.forumEdition.create({ data: { ...input, heldOn: fromIsoDate(input.heldOn) } });
    await recordAudit(tx, { actorId: actor.id, action: "forum.create", entityType: "ForumEdition", entityId: row.id, after: row });
    return row;
  });
}

/** Replaces the set of initiatives to be reviewed at the edition. */
export async function assignInitiatives(actor: Actor, input: TAssignInitiatives) {
  assertCan(actor, "forum.manage");
  return getDb().$transaction(async (tx) => {
    const forum = await tx.forumEdition.findUnique({ where: { id: input.forumId }, include: { initiatives: true } });
    if (!forum) throw new NotFoundError();
    const ids = [...new Set(input.initiativeIds)];
    if ((await tx.initiative.count({ where: { id: { in: ids } } })) !== ids.length)
      throw new ValidationError("initiativeUnknown", "initiativeIds");
    await tx.forumInitiative.deleteMany({ where: { forumId: forum.id } });
    await tx.forumInitiative.createMany({ data: ids.map((initiativeId) => ({ forumId: forum.id, initiativeId })) });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "forum.assign",
      entityType: "ForumEdition",
      entityId: forum.id,
      before: { initiativeIds: forum.initiatives.map((i) => i.initiativeId) },
      after: { initiativeIds: ids },
    });
    return ids.length;
  });
}
