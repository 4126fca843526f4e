import "server-only";

import { cache } from "react";

import { portfolioScope, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";

import type { TPortfolioFilter } from "./schema";

/**
 * The dashboard's figures, kept per process for as long as nothing they are computed from changes.
 *
 * PostgreSQL counts the changes: every transaction that writes what the dashboard reads adds one to
 * `portfolio_version.v` as it commits (migration 20261209500000_portfolio_version). A request
 * reads the count first and looks its figures up under it, with who may see what (the permission
 * module's scope) and the filter. Figures are computed after the count is read, so they are never
 * older than their key; at worst a change that commits in between is already in them and they are
 * computed once more under the next count. Every instance reads the same count, so instances agree.
 */

/** Filters × scopes kept at once; a change of the count empties the memo. */
const MAX_ENTRIES = 200;

let version = -1n;
const entries = new Map<string, Promise<unknown>>();

/** The count, read once per request (React `cache`) however many figures the page asks for. */
const readVersion = cache(async (): Promise<bigint | null> => {
  const [row] = await getDb().$queryRaw<{ v: bigint }[]>`SELECT v FROM portfolio_version`;
  return row?.v ?? null;
});

/**
 * `compute()`'s result for this kind of figures, actor's scope, filter and (for figures that age
 * by the calendar) day, computed at most once per change of the portfolio. The scope is asked of
 * the permission module first, so an actor without one is refused before anything is read.
 * Callers must not change what they get: it is shared.
 */
export async function memoized<T>(
  kind: string,
  actor: Actor,
  filter: TPortfolioFilter,
  day: string | null,
  compute: () => Promise<T>,
): Promise<T> {
  const scope = JSON.stringify(portfolioScope(actor));
  const seen = await readVersion();
  // No count (a database restored by hand without it) or an older one (a request that read it
  // before the newest change): computed, not kept.
  if (seen === null || seen < version) return compute();
  if (seen > version) {
    version = seen;
    entries.clear();
  }
  const key = JSON.stringify([kind, scope, day, filter]);
  let entry = entries.get(key) as Promise<T> | undefined;
  if (entry) {
    entries.delete(key); // most recently used last
  } else {
    entry = compute();
    entry.catch(() => entries.get(key) === entry && entries.delete(key));
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  }
  entries.set(key, entry);
  return entry;
}
