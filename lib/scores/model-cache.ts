import "server-only";

import type { DbTx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";

import { readStoredModel, type ActiveModel } from "./model";

/**
 * Parsed model versions, per process. A version's config and catalog never change, and its
 * context is only rewritten by activation, which also stamps `activatedAt` — so id, version and
 * activation time identify the content exactly. Which version is active is still read from the
 * database on every call; only the parsing of its (large) JSON is shared between requests.
 */
const parsed = new Map<string, ActiveModel>();
/** Few versions ever exist; the bound only keeps a long-lived process from growing without limit. */
const MAX_ENTRIES = 8;

const keyOf = (row: { id: string; version: number; activatedAt: Date | null }) =>
  `${row.id}:${row.version}:${row.activatedAt?.getTime() ?? "-"}`;

/** The single active model version; scoring without one is a setup error, not a user error. */
export type ModelHead = { id: string; version: number; activatedAt: Date | null };

/** `head`: the active version's id, number and activation time when the caller has read them (e.g. while locking it). */
export async function getActiveModel(db: Pick<DbTx, "scoringModel">, known?: ModelHead | null): Promise<ActiveModel> {
  const head =
    known !== undefined
      ? known
      : await db.scoringModel.findFirst({
          where: { active: true },
          orderBy: { version: "desc" },
          select: { id: true, version: true, activatedAt: true },
        });
  if (!head) throw new ConflictError("noActiveModel");
  const key = keyOf(head);
  const hit = parsed.get(key);
  if (hit) return hit;
  const row = await db.scoringModel.findUnique({ where: { id: head.id } });
  // Activated again between the two reads: parse what is stored now, but don't keep it under the old key.
  if (!row) throw new ConflictError("noActiveModel");
  const model = readStoredModel(row);
  if (keyOf(row) !== key) return model;
  if (parsed.size >= MAX_ENTRIES) parsed.clear();
  parsed.set(key, model);
  return model;
}
