import "server-only";

import type { Actor } from "@/lib/auth/permissions";
import type { DbTx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

import { initiativeProgress } from "./progress";

/** Helpers shared by the initiative, milestone and update services. */

/** The permission resource for contributing: the owner organizations are the "members". */
export function contributorResource(owners: readonly { organizationId: string }[]) {
  return { memberOrgIds: owners.map((o) => o.organizationId) };
}

export async function loadForWrite(tx: DbTx, id: string) {
  assertUuid(id);
  const row = await tx.initiative.findUnique({ where: { id }, include: { owners: true, milestones: true, projects: true } });
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Serializes changes to one initiative's milestone list (reorder, delete, add): positions are
 * rewritten as a whole, so two organizers must not interleave.
 */
export async function lockInitiative(tx: DbTx, id: string) {
  assertUuid(id);
  await tx.$queryRaw`SELECT 1 FROM initiatives WHERE id = ${id}::uuid FOR UPDATE`;
}

export async function authorName(tx: DbTx, actor: Actor) {
  const user = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
  return user?.name ?? "";
}

export async function progressOf(tx: DbTx, id: string) {
  const row = await tx.initiative.findUniqueOrThrow({ where: { id }, include: { milestones: true } });
  return initiativeProgress(row);
}

/** Callers keep reading `projectIds`; the links live in the initiative_projects join table. */
export function withProjectIds<T extends { projects: readonly { projectId: string }[] }>(row: T): T & { projectIds: string[] } {
  return { ...row, projectIds: row.projects.map((p) => p.projectId) };
}
