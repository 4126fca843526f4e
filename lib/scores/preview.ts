import "server-only";

import { createHash } from "node:crypto";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { CatalogEntry } from "@/lib/catalog/snapshot";
import { getDb, type DbTx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import { assertUuid } from "@/lib/ids";
import { pickTitle } from "@/lib/projects/texts";
import { type Dimension, type ScoringContext, type ScoringModel } from "@/lib/scoring";

import { readStoredModel } from "./model";
import { candidateScores, checked, type CandidateScores } from "./portfolio";

/** D, level and stage of one project; null when the project is (or would be) not assessed. */
export type Figures = { D: number; level: number; stage: number | null } | null;

export type PreviewProject = { id: string; code: string; title: string; before: Figures; after: Figures };

export type WeightRow = {
  indicatorId: string;
  code: string;
  /** In the reader's language, from the candidate's frozen catalog (else the active one's). */
  name: string;
  dimension: Dimension;
  active: { weight: number; globalWeight: number } | null;
  candidate: { weight: number; globalWeight: number } | null;
};

export type ModelPreview = {
  candidate: { id: string; version: number; config: ScoringModel; note: string | null };
  active: { id: string; version: number; config: ScoringModel } | null;
  /** Hash of everything the preview states; activation refuses when it no longer matches. */
  token: string;
  total: number;
  /** Projects whose level or stage would change (including assessed ↔ not assessed). */
  changed: PreviewProject[];
  changedCount: number;
  /** The largest moves of D, largest first. */
  moves: PreviewProject[];
  weights: WeightRow[];
  dimensionWeights: { active: Record<Dimension, number> | null; candidate: Record<Dimension, number> };
};

const LIST_LIMIT = 50;
const MOVES_LIMIT = 10;

type Row = { id: string; before: Figures; after: Figures };

const delta = (r: Row) => (r.after?.D ?? 0) - (r.before?.D ?? 0);
const differs = (r: Row) => r.before?.level !== r.after?.level || r.before?.stage !== r.after?.stage;

/**
 * The pure part: what activation would change for each project, and the token over it. The
 * candidate's frozen weights are part of the token, so a change in the portfolio that moves the
 * entropy weights but no project's figures still makes an old preview stale.
 */
export function compareActivation(input: {
  candidateId: string;
  activeId: string | null;
  before: Map<string, Figures>;
  scores: CandidateScores;
}): { rows: Row[]; token: string } {
  const rows: Row[] = input.scores.projects
    .map((p) => ({
      id: p.projectId,
      before: input.before.get(p.projectId) ?? null,
      after: p.countedIndicators > 0 ? { D: p.D, level: p.level, stage: p.stage } : null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const weights = input.scores.context.indicators.map((i) => [i.id, i.weight, i.lower, i.upper]);
  const token = createHash("sha256")
    .update(JSON.stringify({ c: input.candidateId, a: input.activeId, rows: rows.map((r) => [r.id, r.before, r.after]), weights }))
    .digest("hex");
  return { rows, token };
}

/**
 * Loads the candidate version, scores the portfolio with it and compares with the stored latest
 * figures. Used by the preview page and, inside the activation transaction, to re-check the
 * preview's token.
 */
export async function activationComparison(tx: DbTx, id: string) {
  const row = await tx.scoringModel.findUnique({ where: { id } });
  if (!row) throw new NotFoundError();
  const model = checked(() => readStoredModel({ ...row, context: null }));
  const [active, scores, stored] = await Promise.all([
    tx.scoringModel.findFirst({ where: { active: true } }),
    candidateScores(tx, model),
    tx.jointProject.findMany({
      where: { snapshots: { some: {} } },
      select: { id: true, latestD: true, latestLevel: true, latestStage: true },
    }),
  ]);
  const before = new Map<string, Figures>(
    stored.map((p) => [
      p.id,
      p.latestD === null || p.latestLevel === null ? null : { D: p.latestD, level: p.latestLevel, stage: p.latestStage },
    ]),
  );
  const { rows, token } = compareActivation({ candidateId: row.id, activeId: active?.id ?? null, before, scores });
  return { row, model, active, scores, rows, token };
}

async function describe(tx: DbTx, rows: Row[], locale: string): Promise<PreviewProject[]> {
  const projects = await tx.jointProject.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: { id: true, code: true, originalLocale: true, texts: { select: { locale: true, title: true } } },
  });
  const byId = new Map(projects.map((p) => [p.id, p]));
  return rows.map((r) => {
    const p = byId.get(r.id);
    return { ...r, code: p?.code ?? "", title: (p && pickTitle(p.texts, p.originalLocale, locale)) ?? "" };
  });
}

function weightRows(
  active: ScoringContext | null,
  candidate: ScoringContext,
  catalogs: readonly (readonly CatalogEntry[])[],
  locale: string,
): WeightRow[] {
  const pick = (i: { weight: number; globalWeight: number } | undefined) => (i ? { weight: i.weight, globalWeight: i.globalWeight } : null);
  const ids = [...new Set([...candidate.indicators.map((i) => i.id), ...(active?.indicators ?? []).map((i) => i.id)])];
  const entries = new Map(catalogs.flat().map((e) => [e.id, e]));
  return ids.map((id) => {
    const a = active?.indicators.find((i) => i.id === id);
    const c = candidate.indicators.find((i) => i.id === id);
    const any = (c ?? a)!;
    const entry = entries.get(id);
    return {
      indicatorId: id,
      code: any.code,
      name: entry ? localized(entry, "name", locale) : "",
      dimension: any.dimension,
      active: pick(a),
      candidate: pick(c),
    };
  });
}

/** What activating version `id` would change, for the admin's confirmation page. Read-only. */
export async function previewModelActivation(actor: Actor, id: string, locale: string): Promise<ModelPreview> {
  assertCan(actor, "scoringModel.manage");
  assertUuid(id);
  // One snapshot of the database, so the token matches what the page shows.
  return getDb().$transaction(
    async (tx) => {
      const { row, model, active, scores, rows, token } = await activationComparison(tx, id);
      const changedAll = rows.filter(differs).sort((a, b) => Math.abs(delta(b)) - Math.abs(delta(a)));
      const moves = rows
        .filter((r) => Math.abs(delta(r)) > 1e-9)
        .sort((a, b) => Math.abs(delta(b)) - Math.abs(delta(a)))
        .slice(0, MOVES_LIMIT);
      const activeContext = (active?.context as ScoringContext | null) ?? null;
      const activeCatalog = (active?.catalog as CatalogEntry[] | null) ?? [];
      const [changed, described] = await Promise.all([describe(tx, changedAll.slice(0, LIST_LIMIT), locale), describe(tx, moves, locale)]);
      return {
        candidate: { id: row.id, version: row.version, config: model.config, note: row.note },
        active: active ? { id: active.id, version: active.version, config: active.config as unknown as ScoringModel } : null,
        token,
        total: rows.length,
        changed,
        changedCount: changedAll.length,
        moves: described,
        // Later entries win: the candidate's catalog names over the active one's.
        weights: weightRows(activeContext, scores.context, [activeCatalog, model.catalog], locale),
        dimensionWeights: { active: activeContext?.dimensionWeights ?? null, candidate: scores.context.dimensionWeights },
      };
    },
    { isolationLevel: "RepeatableRead", timeout: 60_000 },
  );
}
