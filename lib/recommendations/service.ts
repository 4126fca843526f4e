import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type Prisma } from "@/lib/db/client";
import { ConflictError, isUniqueViolation, NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { initiativeProgress, overdueCount, recommendationProgress, statusDistribution } from "@/lib/initiatives/progress";

import type { TOverviewFilter, TRecommendationFields, TUpdateRecommendation } from "./schema";

export function initiativeWhere(filter: TOverviewFilter): Prisma.InitiativeWhereInput {
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.country ? { owners: { some: { organization: { country: filter.country } } } } : {}),
    ...(filter.forum ? { forums: { some: { forumId: filter.forum } } } : {}),
  };
}

/**
 * The recommendations with their initiatives' roll-up. Progress and the status distribution are
 * computed over the initiatives that pass the filters, so a filtered view stays consistent.
 */
export async function listRecommendationsOverview(actor: Actor, filter: TOverviewFilter = {}, includeRetired = false) {
  assertCan(actor, "recommendation.read");
  const filtered = Boolean(filter.status || filter.country || filter.forum);
  const rows = await getDb().recommendation.findMany({
    where: { ...(includeRetired ? {} : { retiredAt: null }), ...(filter.area ? { area: filter.area } : {}) },
    orderBy: [{ area: "asc" }, { position: "asc" }, { code: "asc" }],
    include: { initiatives: { where: initiativeWhere(filter), include: { milestones: true } } },
  });
  const now = new Date();
  return rows
    .filter((r) => !filtered || r.initiatives.length > 0)
    .map(({ initiatives, ...r }) => ({
      ...r,
      initiativeCount: initiatives.length,
      progress: recommendationProgress(initiatives),
      distribution: statusDistribution(initiatives),
      overdue: initiatives.reduce((sum, i) => sum + overdueCount(i.milestones, now), 0),
    }));
}

export async function getRecommendationOrThrow(actor: Actor, id: string) {
  assertCan(actor, "recommendation.read");
  assertUuid(id);
  const row = await getDb().recommendation.findUnique({
    where: { id },
    include: {
      initiatives: {
        orderBy: { createdAt: "asc" },
        include: { milestones: true, owners: { include: { organization: true } } },
      },
    },
  });
  if (!row) throw new NotFoundError();
  const now = new Date();
  return {
    ...row,
    progress: recommendationProgress(row.initiatives),
    distribution: statusDistribution(row.initiatives),
    initiatives: row.initiatives.map((i) => ({ ...i, progress: initiativeProgress(i), overdue: overdueCount(i.milestones, now) })),
  };
}

/** For the initiative form: the recommendations one can still carry out. */
export async function listActiveRecommendations(actor: Actor) {
  assertCan(actor, "recommendation.read");
  return getDb().recommendation.findMany({ where: { retiredAt: null }, orderBy: [{ area: "asc" }, { position: "asc" }] });
}

const codeTaken = (error: unknown): never => {
  if (isUniqueViolation(error)) throw new ConflictError("recommendationCodeTaken");
  throw error;
};

export async function createRecommendation(actor: Actor, input: TRecommendationFields) {
  assertCan(actor, "recommendation.manage");
  return getDb()
    .$transaction(async (tx) => {
      const position = await tx.recommendation.count({ where: { area: input.area } });
      const row = await tx.recommendation.create({ data: { ...input, position } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "recommendation.create",
        entityType: "Recommendation",
        entityId: row.id,
        after: row,
      });
      return row;
    })
    .catch(codeTaken);
}

export async function updateRecommendation(actor: Actor, input: TUpdateRecommendation) {
  assertCan(actor, "recommendation.manage");
  const { id, version, ...fields } = input;
  return getDb()
    .$transaction(async (tx) => {
      const before = await tx.recommendation.findUnique({ where: { id } });
      if (!before) throw new NotFoundError();
      const { count } = await tx.recommendation.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
      if (count === 0) throw new ConflictError("staleVersion");
      const after = await tx.recommendation.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "recommendation.update",
        entityType: "Recommendation",
        entityId: id,
        before,
        after,
      });
      return after;
    })
    .catch(codeTaken);
}

/** Retired recommendations keep their initiatives but accept no new ones. */
export async function setRecommendationRetired(actor: Actor, input: { id: string; retired: boolean }) {
  assertCan(actor, "recommendation.manage");
  return getDb().$transaction(async (tx) => {
    const before = await tx.recommendation.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    const after = await tx.recommendation.update({
      where: { id: input.id },
      data: { retiredAt: input.retired ? (before.retiredAt ?? new Date()) : null, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.retired ? "recommendation.retire" : "recommendation.restore",
      entityType: "Recommendation",
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}
