import "server-only";

import type { Actor, Resource } from "@/lib/auth/permissions";
import type { DbTx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { lockedProject } from "@/lib/scores/record";

import { assertVisible } from "./status";

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

/** An accepted member of the project with its country. */
export type Member = { organizationId: string; country: "CN" | "RU" };

/** Everything the permission module needs about one piece of evidence and the acting user. */
export async function evidenceResource(
  db: Reader,
  actor: Actor,
  evidence: { projectId: string; organizationId: string; organization: { country: "CN" | "RU" } },
): Promise<Resource> {
  return (await evidenceAccess(db, actor, evidence)).resource;
}

/**
 * The permission resource and the project's members it was drawn from (a submission tells the
 * other country's members). The members come with their country, so a member's own country
 * needs no second read.
 */
export async function evidenceAccess(
  db: Reader,
  actor: Actor,
  evidence: { projectId: string; organizationId: string; organization: { country: "CN" | "RU" } },
): Promise<{ resource: Resource; members: Member[] }> {
  // One after the other: inside a transaction both share one connection, which must not be
  // sent a second query while the first is running (pg deprecates it).
  const rows = await db.projectPartner.findMany({
    where: { projectId: evidence.projectId, status: "ACCEPTED" },
    select: { organizationId: true, organization: { select: { country: true } } },
  });
  const members = rows.map((r) => ({ organizationId: r.organizationId, country: r.organization.country }));
  const own = members.find((m) => m.organizationId === actor.organizationId);
  const country = own ? own.country : await actorCountry(db, actor);
  return {
    resource: {
      memberOrgIds: members.map((m) => m.organizationId),
      evidenceOrgId: evidence.organizationId,
      evidenceCountry: evidence.organization.country,
      actorCountry: country,
    },
    members,
  };
}

const evidenceInclude = {
  organization: { select: { country: true } },
  texts: true,
  attachments: { select: { id: true, storagePath: true } },
  // The item's title (its indicator's name), which a submission's notification mail shows.
  indicator: { select: { nameEn: true, nameZh: true, nameRu: true } },
} as const;

/**
 * The row, locked, for an actor who may see it: another organization's draft answers "not
 * found" like an unknown id, before any permission is checked, so that a refusal never tells
 * that the id exists. The project's row is locked first, in the same statement (the sub-select
 * runs before the item's row is locked), for the score snapshot the change leads to
 * (lib/scores/project-lock.ts).
 */
export async function lockEvidence(tx: DbTx, actor: Actor, id: string) {
  assertUuid(id);
  const [locked] = await tx.$queryRaw<{ project_id: string }[]>`
    SELECT project_id::text AS project_id FROM evidence
    WHERE id = ${id}::uuid
      AND project_id = (
        SELECT p.id FROM joint_projects p
        WHERE p.id = (SELECT e.project_id FROM evidence e WHERE e.id = ${id}::uuid)
        FOR NO KEY UPDATE)
    FOR UPDATE`;
  const evidence = locked ? await tx.evidence.findUnique({ where: { id }, include: evidenceInclude }) : null;
  if (!evidence) throw new NotFoundError();
  assertVisible(actor, evidence);
  return { evidence, project: lockedProject({ id: locked.project_id }) };
}
