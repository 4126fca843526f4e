import { z } from "zod";

import { SECTORS } from "@/lib/projects/schema";
import { REGION_CODES } from "@/lib/regions/catalog";

/** Lead organization's country first; a single country when the other side has not joined yet. */
export const PAIRS = ["CN-RU", "RU-CN", "CN", "RU"] as const;
export const BINDINGS = ["institutionalLag", "dataGovernanceGap", "talentShortage", "none"] as const;
export const TABLES = ["sector", "region", "pair", "stage", "level", "binding", "balance", "backlog", "trend", "ranking"] as const;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);
const optionalInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional().catch(undefined);

/**
 * The dashboard's filters, read from the URL. A value that is not one of the choices is dropped
 * (the page shows everything rather than an error for a hand-edited link).
 */
export const ZPortfolioFilter = z.object({
  sector: optionalEnum(SECTORS),
  region: optionalEnum(REGION_CODES),
  pair: optionalEnum(PAIRS),
  stage: optionalInt(1, 3),
  level: optionalInt(1, 10),
  binding: optionalEnum(BINDINGS),
});
export type TPortfolioFilter = z.infer<typeof ZPortfolioFilter>;

export const ZRankingQuery = ZPortfolioFilter.extend({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type TRankingQuery = z.infer<typeof ZRankingQuery>;

/** Query-string values of the set filters, for links that keep them. */
export function filterParams(filter: TPortfolioFilter): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([k, v]) => k in ZPortfolioFilter.shape && v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
}

/** First value of each search parameter, as pages and route handlers receive them. */
export function firstValues(search: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
