import "server-only";

import { createHash } from "node:crypto";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import type { TLocale } from "@/lib/projects/schema";
import { pickText } from "@/lib/projects/texts";
import { getActiveModel } from "@/lib/scores/model-cache";
import { DIMENSIONS, topsisRankIntervals, type Dimension } from "@/lib/scoring";

import type { TPortfolioFilter } from "./schema";
import { portfolioCte } from "./scope";

/**
 * The perturbation behind every rank interval, stated on the page. The seed is fixed, so the same
 * scores always give the same intervals; they move only when the data or the model moves.
 */
export const RANKING_SETTINGS = { runs: 200, noise: 0.2, seed: 20_261_207, lower: 0.05, upper: 0.95 } as const;
export const RANKING_PAGE_SIZE = 50;

type Scored = { id: string; snapshot_id: bigint; u_technology: number; u_institutional: number; u_resource: number; d: number };

export type RankedProject = {
  id: string;
  rank: number;
  /** Whole ranks: the 5th percentile rounded down, the 95th rounded up. */
  low: number;
  high: number;
  closeness: number;
  d: number;
};

/**
 * TOPSIS over the three dimension scores of the latest snapshots (benefit criteria weighted by
 * the active model's dimension weights; a dimension weighted 0 is left out), with Monte Carlo
 * rank intervals from the scoring core. Only assessed projects take part.
 */
function rankScored(rows: Scored[], alpha: Record<Dimension, number>): RankedProject[] {
  const dims = DIMENSIONS.filter((d) => alpha[d] > 0);
  const sum = dims.reduce((s, d) => s + alpha[d], 0);
  const column = { TECHNOLOGY: "u_technology", INSTITUTIONAL: "u_institutional", RESOURCE: "u_resource" } as const;
  const matrix = rows.map((r) => dims.map((d) => r[column[d]]));
  const intervals = topsisRankIntervals(
    matrix,
    dims.map((d) => alpha[d] / sum),
    dims.map(() => "benefit" as const),
    RANKING_SETTINGS,
  );
  return rows
    .map((r, i) => ({
      id: r.id,
      rank: intervals[i].rank,
      low: Math.floor(intervals[i].p5),
      high: Math.ceil(intervals[i].p95),
      closeness: intervals[i].closeness,
      d: r.d,
    }))
    .sort((a, b) => a.rank - b.rank || b.closeness - a.closeness || a.id.localeCompare(b.id));
}

type Weights = { key: string; weights: Record<Dimension, number> };

async function activeWeights(): Promise<Weights> {
  const model = await getActiveModel(getDb());
  return { key: `${model.version}`, weights: model.config.dimensionWeights };
}

/**
 * Rankings by their exact input: the model version and every ranked project's latest snapshot id
 * (a new score is a new snapshot). The Monte Carlo runs are the expensive part and their result
 * is a pure function of that input, so a repeated view reuses it; the bound keeps memory small.
 * The dashboard's ranking and the project page's sector rank share this memo and its one digest
 * scheme, so a sector ranked on either is found by the other.
 */
const memo = new Map<string, RankedProject[]>();
const MEMO_ENTRIES = 32;

/**
 * The input's digest: SHA-256 (base64) over "|id:snapshot" of every ranked project in id order.
 * `rowsDigest` computes it from rows read; `digestSql` is the same aggregate in PostgreSQL over
 * the given id and snapshot-id columns, so a view can look the ranking up without reading every
 * ranked row. The two must stay the same function.
 */
const rowsDigest = (rows: Scored[]) => {
  const hash = createHash("sha256");
  for (const r of rows) hash.update(`|${r.id}:${r.snapshot_id}`);
  return hash.digest("base64");
};

const digestSql = (id: string, snapshotId: string) => {
  const [i, s] = [Prisma.raw(id), Prisma.raw(snapshotId)];
  return Prisma.sql`encode(sha256(convert_to(coalesce(string_agg('|' || ${i}::text || ':' || ${s}::text, '' ORDER BY ${i}), ''), 'UTF8')), 'base64')`;
};

/**
 * The ranking whose input has the digest computed in the database, from the memo or, when it is
 * not there, ranked from the rows `load` reads (remembered under the digest of the rows actually
 * read, in case they changed since).
 */
async function rankingOf(digest: string, model: Weights, load: () => Promise<Scored[]>): Promise<RankedProject[]> {
  const hit = memo.get(`${model.key}#${digest}`);
  if (hit) return hit;
  const rows = await load();
  const ranked = rankScored(rows, model.weights);
  if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
  memo.set(`${model.key}#${rowsDigest(rows)}`, ranked);
  return ranked;
}

export type RankingPage = {
  total: number;
  page: number;
  rows: (RankedProject & { code: string; sector: string; title: string })[];
  weights: Record<Dimension, number>;
};

/** One page of the ranking of the filtered projects the actor may see. */
export async function getRanking(
  actor: Actor,
  filter: TPortfolioFilter,
  page: number,
  locale: string,
  pageSize = RANKING_PAGE_SIZE,
): Promise<RankingPage> {
  const db = getDb();
  // A repeated view (the common case) reads one digest instead of every assessed project's row.
  const [[{ digest }], model] = await Promise.all([
    db.$queryRaw<{ digest: string }[]>`${portfolioCte(actor, filter)}
      SELECT ${digestSql("id", "snapshot_id")} AS digest FROM portfolio WHERE assessed`,
    activeWeights(),
  ]);
  const ranked = await rankingOf(
    digest,
    model,
    () => db.$queryRaw<Scored[]>`${portfolioCte(actor, filter)}
      SELECT id, snapshot_id, u_technology, u_institutional, u_resource, d FROM portfolio WHERE assessed ORDER BY id`,
  );
  const shown = ranked.slice((page - 1) * pageSize, page * pageSize);
  const projects = await db.jointProject.findMany({
    where: { id: { in: shown.map((r) => r.id) } },
    select: {
      id: true,
      code: true,
      sector: true,
      originalLocale: true,
      textVersion: true,
      texts: { select: { locale: true, title: true, summary: true, source: true, sourceVersion: true } },
    },
  });
  const byId = new Map(projects.map((p) => [p.id, p]));
  return {
    total: ranked.length,
    page,
    weights: model.weights,
    rows: shown.flatMap((r) => {
      const p = byId.get(r.id);
      if (!p) return [];
      const title = pickText(p.texts, p.originalLocale as TLocale, p.textVersion, locale).shown.title;
      return [{ ...r, code: p.code, sector: p.sector, title }];
    }),
  };
}

export type SectorRank = { sector: string; rank: number; low: number; high: number; of: number };

/**
 * The project's place in the ranking of its sector's assessed projects (every project is
 * readable by everyone signed in, so the whole sector is ranked), or null when it is not assessed.
 */
export async function getSectorRank(actor: Actor, projectId: string): Promise<SectorRank | null> {
  assertCan(actor, "project.read");
  assertUuid(projectId);
  const db = getDb();
  // What the sector's ranking depends on, named by a digest computed in the database: a repeated
  // view reads one row instead of every assessed project of the sector (the project page asks on
  // each view).
  const [[state], model] = await Promise.all([
    db.$queryRaw<{ sector: string; assessed: boolean; of: bigint; digest: string }[]>`
      SELECT me.sector::text AS sector,
             EXISTS (SELECT 1 FROM portfolio_latest_scores l WHERE l.project_id = me.id AND l.assessed) AS assessed,
             s.of, s.digest
      FROM joint_projects me
      CROSS JOIN LATERAL (
        SELECT count(*) AS of, ${digestSql("p.id", "l.snapshot_id")} AS digest
        FROM joint_projects p JOIN portfolio_latest_scores l ON l.project_id = p.id
        WHERE p.sector = me.sector AND l.assessed
      ) s
      WHERE me.id = ${projectId}::uuid`,
    activeWeights(),
  ]);
  if (!state) throw new NotFoundError();
  if (!state.assessed) return null;
  const ranked = await rankingOf(
    state.digest,
    model,
    () => db.$queryRaw<Scored[]>`
      SELECT p.id, l.snapshot_id, l.u_technology, l.u_institutional, l.u_resource, l.d
      FROM joint_projects p JOIN portfolio_latest_scores l ON l.project_id = p.id
      WHERE p.sector = ${state.sector}::"Sector" AND l.assessed ORDER BY p.id`,
  );
  const mine = ranked.find((r) => r.id === projectId);
  if (!mine) return null;
  return { sector: state.sector, rank: mine.rank, low: mine.low, high: mine.high, of: Number(state.of) };
}
