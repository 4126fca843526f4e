import "server-only";

import type { DbTx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { FLOW_FLAG } from "@/lib/scoring";

import type { OutlierStats, PortfolioStats } from "./outliers";
import { CITABLE_STATUSES } from "./status";

type Reader = Pick<DbTx, "$queryRaw" | "evidence" | "indicator">;

/**
 * The portfolio's quartiles move slowly and the warning is only advice, so they are kept for a
 * few minutes per process instead of scanning every project's evidence on each save.
 */
const PORTFOLIO_TTL_MS = 10 * 60_000;
const portfolioCache = new Map<string, { at: number; stats: PortfolioStats | null }>();

async function portfolioStats(db: Reader, indicatorIds: readonly string[]): Promise<Map<string, PortfolioStats | null>> {
  const now = Date.now();
  const out = new Map<string, PortfolioStats | null>();
  const stale = indicatorIds.filter((id) => {
    const hit = portfolioCache.get(id);
    if (hit && now - hit.at < PORTFOLIO_TTL_MS) out.set(id, hit.stats);
    return !out.has(id);
  });
  if (stale.length > 0) {
    const rows = await db.$queryRaw<{ indicator_id: string; q1: number; q3: number; n: bigint }[]>`
      SELECT indicator_id::text, percentile_cont(0.25) WITHIN GROUP (ORDER BY value) AS q1,
             percentile_cont(0.75) WITHIN GROUP (ORDER BY value) AS q3, count(*) AS n
      FROM (
        SELECT DISTINCT ON (project_id, indicator_id) project_id, indicator_id, value
        FROM evidence
        WHERE indicator_id IN (${Prisma.join(stale.map((id) => Prisma.sql`${id}::uuid`))})
          AND status::text IN (${Prisma.join(CITABLE_STATUSES)})
        ORDER BY project_id, indicator_id, period_end DESC, created_at DESC
      ) latest
      GROUP BY indicator_id`;
    const found = new Map(rows.map((r) => [r.indicator_id, { q1: Number(r.q1), q3: Number(r.q3), count: Number(r.n) }]));
    for (const id of stale) {
      const stats = found.get(id) ?? null;
      portfolioCache.set(id, { at: now, stats });
      out.set(id, stats);
    }
  }
  return out;
}

/**
 * History of one project per indicator plus the portfolio's quartiles, for `outlierOf`. Flow
 * indicators (quantities per period: engineers trained, investment) get no statistics: a month's
 * figure is not comparable with half-year figures until values are compared per day, so no
 * warning is better than a false one.
 */
export async function outlierStats(db: Reader, projectId: string, indicatorIds: readonly string[]): Promise<Map<string, OutlierStats>> {
  const flows = await db.indicator.findMany({ where: { id: { in: [...indicatorIds] }, flags: { has: FLOW_FLAG } }, select: { id: true } });
  const flow = new Set(flows.map((i) => i.id));
  const ids = [...new Set(indicatorIds)].filter((id) => !flow.has(id));
  if (ids.length === 0) return new Map();
  const history = await db.evidence.findMany({
    where: { projectId, indicatorId: { in: ids }, status: { in: CITABLE_STATUSES } },
    select: { indicatorId: true, value: true },
  });
  const portfolio = await portfolioStats(db, ids);
  return new Map(
    ids.map((id) => [
      id,
      { history: history.filter((h) => h.indicatorId === id).map((h) => h.value), portfolio: portfolio.get(id) ?? null },
    ]),
  );
}

/**
 * The same statistics for one indicator whose flags and project history the caller has already
 * read (a new submission reads them with its other checks, lib/evidence/submission-context.ts).
 */
export async function outlierStatsOf(
  db: Reader,
  indicator: { id: string; flags: readonly string[] },
  history: number[],
): Promise<OutlierStats> {
  if (indicator.flags.includes(FLOW_FLAG)) return { history: [], portfolio: null };
  const portfolio = await portfolioStats(db, [indicator.id]);
  return { history, portfolio: portfolio.get(indicator.id) ?? null };
}
