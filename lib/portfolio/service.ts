import "server-only";

import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { DIMENSIONS, type Dimension } from "@/lib/scoring";

import { memoized } from "./memo";
import type { TPortfolioFilter } from "./schema";
import { portfolioCte } from "./scope";

export const GROUPINGS = ["sector", "region", "pair", "stage", "level", "binding"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** One bucket of a distribution; `key` null is "none" (no region, not assessed, …). */
export type Bucket = {
  key: string | null;
  projects: number;
  assessed: number;
  meanD: number | null;
  /** Mean dimension scores over the bucket's assessed projects. */
  mean: Record<Dimension, number | null>;
  /** How many assessed projects have each dimension as their lowest. */
  lagging: Record<Dimension, number>;
};

export type PortfolioOverview = {
  total: Bucket;
  distributions: Record<Grouping, Bucket[]>;
};

type Row = {
  grouping: Grouping | "total";
  key: string | number | null;
  projects: number;
  assessed: number;
  mean_d: number | null;
  u_technology: number | null;
  u_institutional: number | null;
  u_resource: number | null;
  lag_technology: number;
  lag_institutional: number;
  lag_resource: number;
};

/**
 * Every distribution and the dimension balance in one scan: GROUPING SETS over the filtered
 * projects' latest scores. A project lags in the dimension with the lowest score (ties: the
 * first of technology, institutional, resource).
 */
export function getPortfolioOverview(actor: Actor, filter: TPortfolioFilter): Promise<PortfolioOverview> {
  return memoized("overview", actor, filter, null, () => computeOverview(actor, filter));
}

async function computeOverview(actor: Actor, filter: TPortfolioFilter): Promise<PortfolioOverview> {
  const rows = await getDb().$queryRaw<Row[]>`${portfolioCte(actor, filter)},
    lagged AS (
      SELECT *, CASE WHEN NOT assessed THEN NULL
                     WHEN u_technology <= u_institutional AND u_technology <= u_resource THEN 'TECHNOLOGY'
                     WHEN u_institutional <= u_resource THEN 'INSTITUTIONAL' ELSE 'RESOURCE' END AS lags
      FROM portfolio)
    SELECT CASE GROUPING(sector, region, pair, stage, level, binding)
             WHEN 31 THEN 'sector' WHEN 47 THEN 'region' WHEN 55 THEN 'pair' WHEN 59 THEN 'stage'
             WHEN 61 THEN 'level' WHEN 62 THEN 'binding' ELSE 'total' END AS grouping,
           coalesce(sector, region, pair, stage::text, level::text, binding) AS key,
           count(*)::int AS projects,
           count(*) FILTER (WHERE assessed)::int AS assessed,
           avg(d) FILTER (WHERE assessed) AS mean_d,
           avg(u_technology) FILTER (WHERE assessed) AS u_technology,
           avg(u_institutional) FILTER (WHERE assessed) AS u_institutional,
           avg(u_resource) FILTER (WHERE assessed) AS u_resource,
           count(*) FILTER (WHERE lags = 'TECHNOLOGY')::int AS lag_technology,
           count(*) FILTER (WHERE lags = 'INSTITUTIONAL')::int AS lag_institutional,
           count(*) FILTER (WHERE lags = 'RESOURCE')::int AS lag_resource
    FROM lagged
    GROUP BY GROUPING SETS ((sector), (region), (pair), (stage), (level), (binding), ())
    ORDER BY 1, projects DESC, 2`;
  const distributions = Object.fromEntries(GROUPINGS.map((g) => [g, [] as Bucket[]])) as Record<Grouping, Bucket[]>;
  let total: Bucket = emptyBucket();
  for (const row of rows) {
    const bucket = toBucket(row);
    if (row.grouping === "total") total = bucket;
    else distributions[row.grouping].push(bucket);
  }
  for (const g of ["stage", "level"] as const) distributions[g].sort((a, b) => numericKey(a) - numericKey(b));
  return { total, distributions };
}

const numericKey = (b: Bucket) => (b.key === null ? Infinity : Number(b.key));

function emptyBucket(): Bucket {
  return {
    key: null,
    projects: 0,
    assessed: 0,
    meanD: null,
    mean: { TECHNOLOGY: null, INSTITUTIONAL: null, RESOURCE: null },
    lagging: { TECHNOLOGY: 0, INSTITUTIONAL: 0, RESOURCE: 0 },
  };
}

function toBucket(row: Row): Bucket {
  return {
    key: row.key === null ? null : String(row.key),
    projects: row.projects,
    assessed: row.assessed,
    meanD: row.mean_d,
    mean: { TECHNOLOGY: row.u_technology, INSTITUTIONAL: row.u_institutional, RESOURCE: row.u_resource },
    lagging: { TECHNOLOGY: row.lag_technology, INSTITUTIONAL: row.lag_institutional, RESOURCE: row.lag_resource },
  };
}

/** The dimension with the lowest mean score in a bucket, or null without assessed projects. */
export function laggingDimension(bucket: Bucket): Dimension | null {
  let worst: Dimension | null = null;
  for (const dim of DIMENSIONS) {
    const v = bucket.mean[dim];
    if (v !== null && (worst === null || v < (bucket.mean[worst] as number))) worst = dim;
  }
  return worst;
}

export const AGE_BUCKETS = ["d7", "d30", "d90", "older"] as const;
export type BacklogRow = {
  organizationId: string;
  nameEn: string;
  nameZh: string;
  nameRu: string;
  ages: Record<(typeof AGE_BUCKETS)[number], number>;
  total: number;
};

/**
 * Evidence waiting for verification on the filtered projects, by submitting organization and whole
 * days waiting (UTC calendar days since submission), from the trigger-kept `portfolio_backlog`.
 */
export function getVerificationBacklog(actor: Actor, filter: TPortfolioFilter, now = new Date()): Promise<BacklogRow[]> {
  const today = now.toISOString().slice(0, 10);
  return memoized("backlog", actor, filter, today, () => computeBacklog(actor, filter, today));
}

async function computeBacklog(actor: Actor, filter: TPortfolioFilter, today: string): Promise<BacklogRow[]> {
  const rows = await getDb().$queryRaw<
    { id: string; name_en: string; name_zh: string; name_ru: string; d7: number; d30: number; d90: number; older: number; total: number }[]
  >`${portfolioCte(actor, filter)},
    waiting AS (
      SELECT b.organization_id, b.waiting, ${today}::date - b.submitted_on AS days
      FROM portfolio_backlog b JOIN portfolio ON portfolio.id = b.project_id)
    SELECT o.id, o.name_en, o.name_zh, o.name_ru,
           coalesce(sum(waiting) FILTER (WHERE days <= 7), 0)::int AS d7,
           coalesce(sum(waiting) FILTER (WHERE days > 7 AND days <= 30), 0)::int AS d30,
           coalesce(sum(waiting) FILTER (WHERE days > 30 AND days <= 90), 0)::int AS d90,
           coalesce(sum(waiting) FILTER (WHERE days > 90), 0)::int AS older,
           sum(waiting)::int AS total
    FROM waiting JOIN organizations o ON o.id = waiting.organization_id
    GROUP BY o.id
    ORDER BY total DESC, o.name_en`;
  return rows.map((r) => ({
    organizationId: r.id,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    nameRu: r.name_ru,
    ages: { d7: r.d7, d30: r.d30, d90: r.d90, older: r.older },
    total: r.total,
  }));
}

export const TREND_PERIODS = 12;
export type TrendPoint = {
  periodId: string;
  key: string;
  /** ISO dates (UTC) of the period's first and last day. */
  startsOn: string;
  endsOn: string;
  /** Filtered projects taking part in the period. */
  projects: number;
  /** Of those, how many reported at least one entry for the period (submitted, not withdrawn). */
  reported: number;
  /** Of those, how many had a score with counted indicators by the period's deadline. */
  assessed: number;
  meanD: number | null;
  mean: Record<Dimension, number | null>;
};

/**
 * The filtered projects' scores per reporting period, from the trigger-kept
 * `portfolio_period_scores`: for each of the last TREND_PERIODS periods that have begun and take in
 * at least one of the filtered projects, the mean D and dimension scores as of the period's
 * deadline (each project's last score computed by then) and how many projects reported. Only
 * periods holding a project the actor may read appear, so a partner learns of no other period.
 */
export function getScoreTrend(actor: Actor, filter: TPortfolioFilter, now = new Date()): Promise<TrendPoint[]> {
  const today = now.toISOString().slice(0, 10);
  return memoized("trend", actor, filter, today, () => computeTrend(actor, filter, today));
}

async function computeTrend(actor: Actor, filter: TPortfolioFilter, today: string): Promise<TrendPoint[]> {
  const rows = await getDb().$queryRaw<
    {
      id: string;
      key: string;
      starts_on: Date;
      ends_on: Date;
      projects: number;
      reported: number;
      assessed: number;
      mean_d: number | null;
      u_technology: number | null;
      u_institutional: number | null;
      u_resource: number | null;
    }[]
  >`${portfolioCte(actor, filter)}
    SELECT rp.id, rp.key, rp.starts_on, rp.ends_on,
           count(*)::int AS projects,
           count(*) FILTER (WHERE ps.entries > 0)::int AS reported,
           count(*) FILTER (WHERE ps.assessed)::int AS assessed,
           avg(ps.d) FILTER (WHERE ps.assessed) AS mean_d,
           avg(ps.u_technology) FILTER (WHERE ps.assessed) AS u_technology,
           avg(ps.u_institutional) FILTER (WHERE ps.assessed) AS u_institutional,
           avg(ps.u_resource) FILTER (WHERE ps.assessed) AS u_resource
    FROM portfolio_period_scores ps
    JOIN portfolio ON portfolio.id = ps.project_id
    JOIN reporting_periods rp ON rp.id = ps.period_id
    WHERE rp.starts_on <= ${today}::date
    GROUP BY rp.id
    ORDER BY rp.starts_on DESC, rp.ends_on DESC, rp.key DESC
    LIMIT ${TREND_PERIODS}`;
  return rows.reverse().map((r) => ({
    periodId: r.id,
    key: r.key,
    startsOn: r.starts_on.toISOString().slice(0, 10),
    endsOn: r.ends_on.toISOString().slice(0, 10),
    projects: r.projects,
    reported: r.reported,
    assessed: r.assessed,
    meanD: r.mean_d,
    mean: { TECHNOLOGY: r.u_technology, INSTITUTIONAL: r.u_institutional, RESOURCE: r.u_resource },
  }));
}
