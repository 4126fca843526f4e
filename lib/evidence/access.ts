import "server-only";

import type { Actor, Resource } from "@/lib/auth/permissions";
import type { DbTx } from "@/lib/db/client";

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
