import "server-only";

import { revokeTokensOf } from "@/lib/api-tokens/revoke-on";
import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type Prisma } from "@/lib/db/client";
import { ConflictError, isUniqueViolation, NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

import type { TOrganizationFields, TUpdateOrganization } from "./schema";

export type OrganizationFilter = { includeArchived?: boolean; country?: "CN" | "RU" };

export async function listOrganizations(actor: Actor, filter: OrganizationFilter = {}) {
  assertCan(actor, "organization.read");
  const where: Prisma.OrganizationWhereInput = {
    ...(filter.includeArchived ? {} : { archivedAt: null }),
    ...(filter.country ? { country: filter.country } : {}),
  };
  return getDb().organization.findMany({
    where,
    orderBy: [{ country: "asc" }, { nameEn: "asc" }],
    include: { _count: { select: { users: true } } },
  });
}

export async function getOrganizationOrThrow(actor: Actor, id: string) {
  assertCan(actor, "organization.read");
  assertUuid(id);
  const org = await getDb().organization.findUnique({ where: { id } });
  if (!org) throw new NotFoundError();
  return org;
}

function uniqueName(error: unknown): never {
  if (isUniqueViolation(error)) throw new ConflictError("organizationNameTaken");
  throw error;
}

export async function createOrganization(actor: Actor, input: TOrganizationFields) {
  assertCan(actor, "organization.manage");
  return getDb()
    .$transaction(async (tx) => {
      const org = await tx.organization.create({ data: input });
      await recordAudit(tx, { actorId: actor.id, action: "organization.create", entityType: "Organization", entityId: org.id, after: org });
      return org;
    })
    .catch(uniqueName);
}

/** Optimistic locking: the update matches only the version the editor loaded. */
export async function updateOrganization(actor: Actor, input: TUpdateOrganization) {
  assertCan(actor, "organization.manage");
  const { id, version, ...fields } = input;
  return getDb()
    .$transaction(async (tx) => {
      const before = await tx.organization.findUnique({ where: { id } });
      if (!before) throw new NotFoundError();
      const { count } = await tx.organization.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
      if (count === 0) throw new ConflictError("staleVersion");
      const after = await tx.organization.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, { actorId: actor.id, action: "organization.update", entityType: "Organization", entityId: id, before, after });
      return after;
    })
    .catch(uniqueName);
}

export async function setOrganizationArchived(actor: Actor, input: { id: string; archived: boolean }) {
  assertCan(actor, "organization.manage");
  return getDb().$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    const after = await tx.organization.update({
      where: { id: input.id },
      data: { archivedAt: input.archived ? (before.archivedAt ?? new Date()) : null, version: { increment: 1 } },
    });
    if (input.archived) await revokeTokensOf(tx, { organizationId: input.id }, actor.id, "organizationArchived");
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.archived ? "organization.archive" : "organization.restore",
      entityType: "Organization",
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}
