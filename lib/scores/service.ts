import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type DbTx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import type { ProjectInput, ProjectScore } from "@/lib/scoring";

import { explainHistory, type ExplainedPoint } from "./causes";
import { countryContributions } from "./contributions";
import { memoByInput } from "./details-memo";
import { explainContributions, type ContributionRow } from "./explain";
import { EVIDENCE_INPUT_SELECT, readStoredModel, restrictToModel, toEvidenceInput, type ActiveModel } from "./model";
import { getActiveModel } from "./model-cache";
import { fingerprint } from "./snapshot";
import { toHistoryPoint, toScoreView, type ScoreHistoryPoint, type ScoreView } from "./view";

export type { ActiveModel } from "./model";
export { fingerprint } from "./snapshot";
export { getActiveModel } from "./model-cache";

/**
 * Every evidence item of the project (all statuses: the core decides what counts), oldest first
 * so that on an equal period end the later entry wins. recordScoreSnapshot reads the same rows in
 * the same order in its own statement (./record, readState): a change here belongs there too.
 */
export async function loadProjectInput(db: DbTx, projectId: string): Promise<ProjectInput> {
  const rows = await db.evidence.findMany({
    where: { projectId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: EVIDENCE_INPUT_SELECT,
  });
  return { id: projectId, evidence: rows.map(toEvidenceInput) };
}

async function readableProject(actor: Actor, projectId: string) {
  assertCan(actor, "project.read");
  assertUuid(projectId);
  const project = await getDb().jointProject.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw new NotFoundError();
}

export type ScoringPreview = Pick<ActiveModel, "indicators" | "context"> & {
  model: ActiveModel["config"];
  project: ProjectInput;
};

/** Everything the browser needs to re-score the project live with the frozen context. */
export async function getScoringPreview(actor: Actor, projectId: string): Promise<ScoringPreview> {
  await readableProject(actor, projectId);
  const db = getDb();
  const active = await getActiveModel(db);
  const project = restrictToModel(await loadProjectInput(db, projectId), active);
  return { model: active.config, indicators: active.indicators, context: active.context, project };
}

export type ProjectScores = {
  latest: ScoreView | null;
  history: ExplainedPoint[];
  contributions: ContributionRow[];
  countries: ReturnType<typeof countryContributions>;
  catalog: ActiveModel["catalog"];
  activeModelVersion: number;
  missingIndicators: "renormalize" | "zero";
};

const HISTORY_LIMIT = 200;
const RECENT_POINTS = 20;
const HISTORY_SELECT = {
  id: true,
  computedAt: true,
  modelVersion: true,
  trigger: true,
  triggerId: true,
  d: true,
  uTechnology: true,
  uInstitutional: true,
  uResource: true,
  level: true,
  stage: true,
} as const;

/**
 * The top of the project page's score panel: the latest snapshot and the active model's version
 * and catalog, without the history and each side's share (getProjectScores), which the panel's
 * lower half loads when the reader scrolls to it.
 */
export async function getProjectScoreSummary(actor: Actor, projectId: string): Promise<ScoreSummary> {
  await readableProject(actor, projectId);
  return scoreSummary(actor, projectId);
}

type ScoreSummary = Pick<ProjectScores, "latest" | "catalog" | "activeModelVersion" | "missingIndicators">;

/** The same for a project the page has already loaded (so it exists and was read with the permission). */
export function scoreSummaryOf(actor: Actor, project: { id: string }): Promise<ScoreSummary> {
  assertCan(actor, "project.read");
  return scoreSummary(actor, project.id);
}

async function scoreSummary(actor: Actor, projectId: string): Promise<ScoreSummary> {
  const db = getDb();
  const newest = [{ computedAt: "desc" }, { id: "desc" }] as const;
  // The last few points are enough to find the latest one the reader may see (asShown).
  const [active, latestRow, recent] = await Promise.all([
    getActiveModel(db),
    db.scoreSnapshot.findFirst({ where: { projectId }, orderBy: [...newest] }),
    db.scoreSnapshot.findMany({ where: { projectId }, orderBy: [...newest], take: RECENT_POINTS, select: HISTORY_SELECT }),
  ]);
  const shown = await explainHistory(db, actor, [...recent].reverse().map(toHistoryPoint));
  return {
    latest: latestRow ? asShown(toScoreView(latestRow, active.catalog), shown) : null,
    catalog: active.catalog,
    activeModelVersion: active.version,
    missingIndicators: active.config.missingIndicators ?? "renormalize",
  };
}

/**
 * The latest snapshot may be one the reader does not see (another organization's draft): the
 * panel then carries the time and cause of the last point the reader does see.
 */
export function asShown(latest: ScoreView, history: readonly ExplainedPoint[]): ScoreView {
  const lastShown = history.at(-1);
  if (!lastShown || lastShown.id === latest.id) return latest;
  return { ...latest, computedAt: lastShown.computedAt, trigger: lastShown.trigger, triggerId: lastShown.triggerId };
}

/** The model version a snapshot was computed with: the active one, or read from its row. */
async function snapshotModel(db: DbTx, version: number, active: ActiveModel): Promise<ActiveModel | null> {
  if (version === active.version) return active;
  const row = await db.scoringModel.findUnique({ where: { version } });
  return row?.context ? readStoredModel(row) : null;
}

const contributionsMemo = memoByInput<ContributionRow[]>(256);
const countriesMemo = memoByInput<ReturnType<typeof countryContributions>>(256);

/**
 * The project page's score panel: latest snapshot, history of D and U with each point's cause
 * (only causes the reader may open), per-indicator contributions, and each side's share.
 */
export async function getProjectScores(actor: Actor, projectId: string): Promise<ProjectScores> {
  await readableProject(actor, projectId);
  const db = getDb();
  const newest = [{ computedAt: "desc" }, { id: "desc" }] as const;
  // The full `result` JSON only for the latest snapshot: the history needs just the figures.
  const [active, newestFirst, latestRow, input] = await Promise.all([
    getActiveModel(db),
    db.scoreSnapshot.findMany({ where: { projectId }, orderBy: [...newest], take: HISTORY_LIMIT, select: HISTORY_SELECT }),
    db.scoreSnapshot.findFirst({ where: { projectId }, orderBy: [...newest] }),
    loadProjectInput(db, projectId),
  ]);
  const history = await explainHistory(db, actor, [...newestFirst].reverse().map(toHistoryPoint));
  const latest = latestRow ? asShown(toScoreView(latestRow, active.catalog), history) : null;
  const current = restrictToModel(input, active);
  const countries = countriesMemo(active, fingerprint(active.version, current), () => countryContributions(current, active));
  let contributions: ContributionRow[] = [];
  if (latestRow) {
    const model = await snapshotModel(db, latestRow.modelVersion, active);
    const scored = model ? restrictToModel(input, model) : input;
    const alpha = (model ?? active).context.dimensionWeights;
    const codes = new Map(active.catalog.map((i) => [i.id, i.code]));
    // The snapshot (its stored result), the input and the snapshot's model decide the rows; the
    // codes come from the active catalog, fixed per version.
    const key = `${latestRow.id}|${fingerprint(latestRow.modelVersion, scored)}|${model ? "model" : "none"}|${active.version}`;
    contributions = contributionsMemo(model ?? active, key, () =>
      explainContributions(latestRow.result as unknown as ProjectScore, scored, model, alpha, codes),
    );
  }
  return {
    latest,
    history,
    contributions,
    countries,
    catalog: active.catalog,
    activeModelVersion: active.version,
    missingIndicators: active.config.missingIndicators ?? "renormalize",
  };
}

/**
 * The score history alone, newest first (the API's pages of it): the same snapshots the project
 * page charts, without loading the project's evidence and the model that the full panel needs.
 */
export async function getProjectScoreHistory(actor: Actor, projectId: string): Promise<ScoreHistoryPoint[]> {
  await readableProject(actor, projectId);
  const db = getDb();
  const rows = await db.scoreSnapshot.findMany({
    where: { projectId },
    orderBy: [{ computedAt: "desc" }, { id: "desc" }],
    take: HISTORY_LIMIT,
    select: HISTORY_SELECT,
  });
  // The same points the page shows: none that reveals another organization's draft.
  const shown = await explainHistory(db, actor, [...rows].reverse().map(toHistoryPoint));
  return shown.reverse().map(({ cause: _cause, deltaD: _deltaD, ...point }) => point);
}
