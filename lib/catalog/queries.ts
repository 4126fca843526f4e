import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import type { Dimension } from "@/lib/scoring/types";

import { compareIndicators } from "./snapshot";

/**
 * The indicator catalog as every signed-in reader may see it (evidence is entered against it,
 * scores are explained by it); changing it stays with the administrators (./service.ts).
 */
export async function listCatalogIndicators(actor: Actor, filter: { dimension?: Dimension; includeInactive?: boolean } = {}) {
  assertCan(actor, "project.read");
  const rows = await getDb().indicator.findMany({
    where: { ...(filter.includeInactive ? {} : { active: true }), ...(filter.dimension ? { dimension: filter.dimension } : {}) },
  });
  return rows.sort((a, b) => compareIndicators(a, b) || a.id.localeCompare(b.id));
}

export async function getCatalogIndicatorOrThrow(actor: Actor, id: string) {
  assertCan(actor, "project.read");
  assertUuid(id);
  const row = await getDb().indicator.findUnique({ where: { id } });
  if (!row) throw new NotFoundError();
  return row;
}
