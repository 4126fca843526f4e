import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid, isUuid } from "@/lib/ids";
import { projectInvited } from "@/lib/notifications/triggers";

import { mapPartnerCountries } from "./errors";
import { assertBothCountries, loadForEdit } from "./membership";
import type { TInvitePartner, TRespondInvitation } from "./schema";

/**
 * A member invites another organization. The membership stays PENDING until a user of that
 * organization (or an organizer) accepts, so nobody is enrolled against their will.
 */
export async function invitePartner(actor: Actor, input: TInvitePartner) {
  return getDb().$transaction(async (tx) => {
    await loadForEdit(tx, actor, input.projectId);
    const org = isUuid(input.organizationId) ? await tx.organization.findUnique({ where: { id: input.organizationId } }) : null;
    if (!org || org.archivedAt) throw new ValidationError("organizationInvalid", "organizationId");
    const existing = await tx.projectPartner.findUnique({ where: { projectId_organizationId: input } });
    if (existing && existing.status !== "DECLINED") throw new ConflictError("alreadyPartner");
    const data = { role: "PARTNER" as const, status: "PENDING" as const, invitedById: actor.id, respondedById: null, respondedAt: null };
    const row = existing
      ? await tx.projectPartner.update({ where: { projectId_organizationId: input }, data })
      : await tx.projectPartner.create({ data: { ...input, ...data } });
    // The invited organization's partners hear of it (by e-mail unless they chose otherwise).
    await projectInvited(tx, input.projectId, org.id, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "project.invitePartner",
      entityType: "JointProject",
      entityId: input.projectId,
      before: existing,
      after: row,
    });
    return row;
  });
}

/** Accept or decline a pending invitation on behalf of the invited organization. */
export async function respondToInvitation(actor: Actor, input: TRespondInvitation) {
  assertUuid(input.projectId);
  assertUuid(input.organizationId);
  return getDb().$transaction(async (tx) => {
    const key = { projectId: input.projectId, organizationId: input.organizationId };
    const invitation = await tx.projectPartner.findUnique({ where: { projectId_organizationId: key } });
    if (!invitation) throw new NotFoundError();
    assertCan(actor, "project.respondToInvitation", { organizationId: invitation.organizationId });
    const { count } = await tx.projectPartner.updateMany({
      where: { ...key, status: "PENDING" },
      data: { status: input.accept ? "ACCEPTED" : "DECLINED", respondedById: actor.id, respondedAt: new Date() },
    });
    if (count === 0) throw new ConflictError("invitationNotPending");
    const after = await tx.projectPartner.findUniqueOrThrow({ where: { projectId_organizationId: key } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.accept ? "project.acceptInvitation" : "project.declineInvitation",
      entityType: "JointProject",
      entityId: input.projectId,
      before: invitation,
      after,
    });
    return after;
  });
}

/**
 * Removes a partner or withdraws an invitation. The lead stays; an active project keeps a
 * partner from each country (the database's constraint trigger holds the same line).
 */
export async function removePartner(actor: Actor, input: TInvitePartner) {
  return getDb()
    .$transaction(async (tx) => {
      const project = await loadForEdit(tx, actor, input.projectId);
      const key = { projectId: input.projectId, organizationId: input.organizationId };
      const partner = isUuid(input.organizationId)
        ? await tx.projectPartner.findUnique({ where: { projectId_organizationId: key } })
        : null;
      if (!partner) throw new NotFoundError();
      if (partner.role === "LEAD") throw new ValidationError("cannotRemoveLead");
      if (project.status === "ACTIVE" && partner.status === "ACCEPTED")
        await assertBothCountries(tx, input.projectId, input.organizationId);
      await tx.projectPartner.delete({ where: { projectId_organizationId: key } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "project.removePartner",
        entityType: "JointProject",
        entityId: input.projectId,
        before: partner,
      });
      return partner;
    })
    .catch(mapPartnerCountries);
}

/** Organizations that may still be invited: active, not yet an accepted or pending partner. */
export async function invitableOrganizations(actor: Actor, projectId: string) {
  assertCan(actor, "project.read");
  return getDb().organization.findMany({
    where: { archivedAt: null, projects: { none: { projectId, status: { in: ["ACCEPTED", "PENDING"] } } } },
    select: { id: true, nameEn: true, nameZh: true, nameRu: true, country: true },
    orderBy: [{ country: "asc" }, { nameEn: "asc" }],
  });
}
