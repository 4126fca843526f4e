import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type DbTx } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { createModelVersion } from "@/lib/scores/versions";

import { ORDINAL_BOUNDS } from "./rules";
import type { TUpdateIndicator } from "./schema";
import { compareIndicators } from "./snapshot";

export async function listIndicators(actor: Actor) {
  assertCan(actor, "catalog.manage");
  const rows = await getDb().indicator.findMany();
  return rows.sort(compareIndicators);
}

export async function getIndicatorOrThrow(actor: Actor, id: string) {
  assertCan(actor, "catalog.manage");
  assertUuid(id);
  const row = await getDb().indicator.findUnique({ where: { id } });
  if (!row) throw new NotFoundError();
  return row;
}

/** Scales the dimension's other weights so the dimension keeps summing to 1. */
async function rebalanceDimension(tx: DbTx, indicator: { id: string; dimension: string }, weight: number) {
  const others = await tx.indicator.findMany({
    where: { dimension: indicator.dimension as "TECHNOLOGY", id: { not: indicator.id } },
    select: { id: true, weight: true },
  });
  const rest = others.reduce((sum, o) => sum + o.weight, 0);
  const target = 1 - weight;
  if (others.length === 0 ? Math.abs(target) > 1e-9 : !(rest > 0) && target > 1e-9) throw new ValidationError("weightsSum", "weight");
  for (const other of others) {
    const scaled = rest > 0 ? (other.weight / rest) * target : 0;
    await tx.indicator.update({ where: { id: other.id }, data: { weight: scaled, version: { increment: 1 } } });
  }
}

function unchanged(before: Record<string, unknown>, fields: Omit<TUpdateIndicator, "id" | "version">): boolean {
  return Object.entries(fields).every(([key, value]) => {
    const old = before[key];
    // Flags are a set: the form may list them in another order.
    if (Array.isArray(value) && Array.isArray(old)) return [...value].sort().join("\n") === [...old].sort().join("\n");
    return old === value;
  });
}

/**
 * Edits an indicator (optimistic locking). A changed weight rescales the dimension's other
 * weights proportionally, so expert weights keep summing to 1 per dimension. Every edit freezes
 * the new catalog into a new, inactive scoring model version; scores move only when an admin
 * activates it. An unchanged save changes nothing and reports `modelVersion: null`.
 */
export async function updateIndicator(actor: Actor, input: TUpdateIndicator) {
  assertCan(actor, "catalog.manage");
  const { id, version, ...fields } = input;
  return getDb().$transaction(async (tx) => {
    const before = await tx.indicator.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    if (before.kind === "ORDINAL" && (fields.lower < ORDINAL_BOUNDS.lower || fields.upper > ORDINAL_BOUNDS.upper)) {
      throw new ValidationError("ordinalBounds", "lower");
    }
    // Saving the form unchanged is not an edit: no new model version, no audit entry. A stale
    // version is still refused, so the editor learns that someone else saved in between.
    if (unchanged(before, fields)) {
      if (before.version !== version) throw new ConflictError("staleVersion");
      return { indicator: before, modelVersion: null };
    }
    const { count } = await tx.indicator.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    if (Math.abs(before.weight - fields.weight) > 1e-12) await rebalanceDimension(tx, before, fields.weight);
    const after = await tx.indicator.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "indicator.update", entityType: "Indicator", entityId: id, before, after });
    const model = await createModelVersion(tx, actor, { note: `indicator ${after.code}` });
    return { indicator: after, modelVersion: model.version };
  });
}
