/**
 * Reading a stored scoring model version (config, frozen catalog, frozen context) into the
 * scoring core's types. Pure apart from the type of the row it reads.
 */
import { catalogSnapshot, toIndicatorDef, type CatalogEntry } from "@/lib/catalog/snapshot";
import {
  scorePortfolio,
  validateScoringModel,
  type EvidenceInput,
  type IndicatorDef,
  type ProjectInput,
  type ScoringContext,
  type ScoringModel,
} from "@/lib/scoring";

export type StoredModelRow = {
  id: string;
  version: number;
  config: unknown;
  catalog: unknown;
  context: unknown;
};

export type ActiveModel = {
  id: string;
  version: number;
  config: ScoringModel;
  /** From the model's frozen catalog snapshot, in catalog order. */
  indicators: IndicatorDef[];
  catalog: CatalogEntry[];
  context: ScoringContext;
};

/**
 * A model whose context has not been frozen yet (version 1 straight after seeding) gets the
 * context of an empty portfolio. For goalpost normalization with expert or equal weights that is
 * exactly the context activation would freeze, because neither depends on the projects.
 */
export function readStoredModel(row: StoredModelRow): ActiveModel {
  const config = { ...(row.config as ScoringModel), version: row.version };
  validateScoringModel(config);
  const catalog = catalogSnapshot(row.catalog as CatalogEntry[]);
  const indicators = catalog.map(toIndicatorDef);
  const context = (row.context as ScoringContext | null) ?? emptyPortfolioContext(config, indicators);
  return { id: row.id, version: row.version, config, indicators, catalog, context };
}

export function emptyPortfolioContext(config: ScoringModel, indicators: IndicatorDef[]): ScoringContext {
  const portableWeighting = config.weighting.kind === "expert" || config.weighting.kind === "equal";
  const model: ScoringModel = portableWeighting ? config : { ...config, weighting: { kind: "expert" } };
  return scorePortfolio({ indicators, projects: [] }, model).context;
}

/** Evidence on indicators the model does not know (added after it froze) cannot count. */
export function restrictToModel(project: ProjectInput, model: Pick<ActiveModel, "indicators">): ProjectInput {
  const known = new Set(model.indicators.map((i) => i.id));
  return { id: project.id, evidence: project.evidence.filter((e) => known.has(e.indicatorId)) };
}

/** The evidence columns the scoring core reads, and the core's input built from them. */
export const EVIDENCE_INPUT_SELECT = {
  id: true,
  indicatorId: true,
  value: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  organization: { select: { country: true } },
} as const;

type EvidenceInputRow = {
  id: string;
  indicatorId: string;
  value: number;
  status: EvidenceInput["status"];
  periodStart: Date;
  periodEnd: Date;
  organization: { country: "CN" | "RU" };
};

/**
 * recordedAt is the end of the period the value describes: the latest value is about the most
 * recent period. The period's start lets flow indicators be summed per period and per year; the
 * period key defaults to start/end (organizer-opened reporting periods can pass their own).
 */
export function toEvidenceInput(row: EvidenceInputRow): EvidenceInput {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    value: row.value,
    status: row.status,
    recordedAt: row.periodEnd.toISOString(),
    periodStart: row.periodStart.toISOString(),
    country: row.organization.country,
  };
}
