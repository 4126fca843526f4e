import "server-only";

import { can, type Actor, type Resource } from "@/lib/auth/permissions";
import type { DbTx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

type Reader = Pick<DbTx, "projectPartner" | "organization">;

/** Organizations that have accepted membership of the project. */
export async function memberOrgIds(db: Pick<DbTx, "projectPartner">, projectId: string): Promise<string[]> {
  const rows = await db.projectPartner.findMany({ where: { projectId, status: "ACCEPTED" }, select: { organizationId: true } });
  return rows.map((r) => r.organizationId);
}

export async function actorCountry(db: Pick<DbTx, "organization">, actor: Actor): Promise<"CN" | "RU" | null> {
  if (!actor.organizationId) return null;
  const org = await db.organization.findUnique({ where: { id: actor.organizationId }, select: { country: true } });
  return org?.country ?? null;
}

/** Everything the permission module needs about one piece of evidence and the acting user. */
export async function evidenceResource(
  db: Reader,
  actor: Actor,
  evidence: { projectId: string; organizationId: string; organization: { country: "CN" | "RU" } },
): Promise<Resource> {
  // One after the other: inside a transaction both share one connection, which must not be
  // sent a second query while the first is running (pg deprecates it).
  const members = await memberOrgIds(db, evidence.projectId);
  const country = await actorCountry(db, actor);
  return {
    memberOrgIds: members,
    evidenceOrgId: evidence.organizationId,
    evidenceCountry: evidence.organization.country,
    actorCountry: country,
  };
}

/** What the current user may do with a piece of evidence in its current status. */
export type EvidenceAbilities = { edit: boolean; submit: boolean; withdraw: boolean; decide: boolean };

export const EDITABLE_STATUSES = ["DRAFT", "SUBMITTED", "VERIFIED", "DISPUTED", "RETURNED"] as const;

export function abilities(actor: Actor, status: string, resource: Resource): EvidenceAbilities {
  const owner = can(actor, "evidence.edit", resource);
  return {
    edit: owner && status !== "WITHDRAWN",
    submit: owner && (status === "DRAFT" || status === "RETURNED"),
    withdraw: owner && status !== "WITHDRAWN",
    decide: status === "SUBMITTED" && can(actor, "evidence.verify", resource),
  };
}

/**
 * Drafts are private to the organization that is writing them; every other status is part of
 * the project's shared record. A hidden draft answers "not found", like an unknown id.
 */
export function assertVisible(actor: Actor, evidence: { status: string; organizationId: string }) {
  if (evidence.status === "DRAFT" && actor.organizationId !== evidence.organizationId) throw new NotFoundError();
}

export function assertUuid(id: string) {
  if (!isUuid(id)) throw new NotFoundError();
}
