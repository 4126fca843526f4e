import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

import { PUBLISHABLE_STATUSES } from "./rules";
import type { TSetForumPublished, TSetPublishConsent } from "./schema";

/** What the project page shows about publication: each member's consent, and who may change which. */
export async function getPublicationState(actor: Actor, projectId: string) {
  assertCan(actor, "project.read");
  assertUuid(projectId);
  const project = await getDb().jointProject.findUnique({
    where: { id: projectId },
    select: {
      code: true,
      status: true,
      partners: {
        where: { status: "ACCEPTED" },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: {
          organizationId: true,
          status: true,
          publishConsent: true,
          organization: { select: { nameEn: true, nameZh: true, nameRu: true, country: true } },
        },
      },
    },
  });
  if (!project) throw new NotFoundError();
  return publicationStateOf(actor, project);
}

type PartnerConsent = {
  organizationId: string;
  status: string;
  publishConsent: boolean;
  organization: { nameEn: string; nameZh: string; nameRu: string; country: string };
};

/**
 * The same state from a project the page has already loaded (its partners in role, joining
 * order): the project page reads the project once and derives the card from it.
 */
export function publicationStateOf(actor: Actor, project: { code: string; status: string; partners: readonly PartnerConsent[] }) {
  assertCan(actor, "project.read");
  const partners = project.partners.filter((p) => p.status === "ACCEPTED");
  const memberOrgIds = partners.map((p) => p.organizationId);
  const countries = new Set(partners.map((p) => p.organization.country));
  return {
    code: project.code,
    published:
      PUBLISHABLE_STATUSES.includes(project.status) &&
      countries.has("CN") &&
      countries.has("RU") &&
      partners.every((p) => p.publishConsent),
    partners: partners.map((p) => ({
      organizationId: p.organizationId,
      publishConsent: p.publishConsent,
      organization: {
        nameEn: p.organization.nameEn,
        nameZh: p.organization.nameZh,
        nameRu: p.organization.nameRu,
        country: p.organization.country,
      },
      canChange: can(actor, "project.publishConsent", { organizationId: p.organizationId, memberOrgIds }),
    })),
  };
}

/**
 * One member organization agrees (or no longer agrees) to show the project on the public portal.
 * The row is updated only if it still holds what the person saw, so two colleagues flipping the
 * switch at once cannot overwrite each other unnoticed. Audited.
 */
export async function setPublishConsent(actor: Actor, input: TSetPublishConsent) {
  return getDb().$transaction(async (tx) => {
    const members = await tx.projectPartner.findMany({
      where: { projectId: input.projectId, status: "ACCEPTED" },
      select: { organizationId: true },
    });
    const memberOrgIds = members.map((m) => m.organizationId);
    assertCan(actor, "project.publishConsent", { organizationId: input.organizationId, memberOrgIds });
    if (!memberOrgIds.includes(input.organizationId)) throw new NotFoundError();
    if (input.consent === input.from) throw new ConflictError("staleVersion");
    const { count } = await tx.projectPartner.updateMany({
      where: { projectId: input.projectId, organizationId: input.organizationId, status: "ACCEPTED", publishConsent: input.from },
      data: { publishConsent: input.consent, publishConsentAt: new Date() },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.consent ? "project.publishConsent.give" : "project.publishConsent.withdraw",
      entityType: "JointProject",
      entityId: input.projectId,
      before: { organizationId: input.organizationId, publishConsent: input.from },
      after: { organizationId: input.organizationId, publishConsent: input.consent },
    });
    return { projectId: input.projectId, organizationId: input.organizationId, consent: input.consent };
  });
}

/** Organizers publish (or unpublish) a forum edition's report on the public portal. Audited. */
export async function setForumPublished(actor: Actor, input: TSetForumPublished) {
  assertCan(actor, "forum.manage");
  return getDb().$transaction(async (tx) => {
    const forum = await tx.forumEdition.findUnique({ where: { id: input.forumId } });
    if (!forum) throw new NotFoundError();
    const publishedAt = input.published ? (forum.publishedAt ?? new Date()) : null;
    const { count } = await tx.forumEdition.updateMany({
      where: { id: input.forumId, version: input.version },
      data: { publishedAt, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.published ? "forum.publish" : "forum.unpublish",
      entityType: "ForumEdition",
      entityId: forum.id,
      before: { publishedAt: forum.publishedAt },
      after: { publishedAt },
    });
    return { id: forum.id, version: input.version + 1, published: input.published };
  });
}
