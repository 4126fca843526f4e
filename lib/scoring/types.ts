/** Public types of the scoring core. Everything here is plain, JSON-serializable data. */

export const DIMENSIONS = ["TECHNOLOGY", "INSTITUTIONAL", "RESOURCE"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const COUPLING_VARIANTS = ["standard", "wang", "fan"] as const;
export type CouplingVariant = (typeof COUPLING_VARIANTS)[number];

export type Direction = "benefit" | "cost";

export const EVIDENCE_STATUSES = ["DRAFT", "SUBMITTED", "VERIFIED", "DISPUTED", "RETURNED", "WITHDRAWN"] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export type IndicatorKind = "QUANTITATIVE" | "ORDINAL";
export type StageTag = 1 | 2 | 3;
export type Country = "CN" | "RU";

/**
 * Flags read by the core: constraint diagnostics (dataGovernance, talent), the stage features a
 * model may require (platform, docking) and flow aggregation (flow). Other strings are carried
 * through untouched.
 */
export type IndicatorFlag = "dataGovernance" | "talent" | "platform" | "docking" | "flow";

export interface IndicatorDef {
  id: string;
  code: string;
  dimension: Dimension;
  stage: StageTag;
  /** Lower-case is canonical; the Prisma enum spelling is accepted too. */
  direction: Direction | "BENEFIT" | "COST";
  /** Goalposts: values are clipped to [lower, upper]. ORDINAL indicators live on 0–4. */
  lower: number;
  upper: number;
  expertWeight: number;
  kind: IndicatorKind;
  flags?: readonly string[];
}

export interface EvidenceInput {
  id?: string;
  indicatorId: string;
  value: number;
  status: EvidenceStatus;
  /**
   * ISO 8601 (date, or date-time with `Z`/offset) or epoch milliseconds: the end of the period
   * the value describes.
   */
  recordedAt: string | number;
  /**
   * Start of that period (same forms as recordedAt). Flow indicators (flag `flow`) are summed
   * per period and, when the start is known, expressed per year.
   */
  periodStart?: string | number;
  /**
   * Which reporting period the value belongs to. Defaults to "periodStart/recordedAt"; an
   * organizer-opened reporting period can pass its own key instead.
   */
  periodKey?: string;
  country?: Country;
}

export interface ProjectInput {
  id: string;
  evidence: readonly EvidenceInput[];
}

export interface PortfolioInput {
  indicators: readonly IndicatorDef[];
  projects: readonly ProjectInput[];
}

export type NormalizationConfig = { kind: "goalposts" } | { kind: "minmax"; shift?: readonly [number, number] | null };

export type WeightingConfig =
  { kind: "expert" } | { kind: "entropy" } | { kind: "equal" } | { kind: "mix"; expert: number; entropy: number; equal: number };

export interface StageThresholds {
  stage3: { minD: number; minU: number; minIndicators: number };
  stage2: { minD: number; minIndicators: number };
  /**
   * The defining features of each stage (the article's kinds of cooperation): every flag listed
   * needs counted evidence on at least one indicator carrying it. Absent = D cut-offs only
   * (model version 1's rule).
   */
  features?: { stage2: readonly string[]; stage3: readonly string[] };
}

/**
 * How an indicator without counted evidence enters U. `renormalize` (version 1): it is left
 * out and the weights renormalize over what is present, so a sparse project can outscore a
 * full one. `zero`: it counts as 0 (the lower goalpost) with its full weight, so more evidence
 * never lowers U, and confidence becomes the share of model weight backed by verified evidence.
 */
export type MissingIndicatorRule = "renormalize" | "zero";

export interface ConstraintThresholds {
  /** Institutional lag when U_TECHNOLOGY − U_INSTITUTIONAL exceeds this. */
  institutionalLag: number;
  /** Gap when the mean score of flagged indicators is below this (or none is evidenced). */
  dataGovernance: number;
  talent: number;
}

export interface ScoringModel {
  version: number;
  normalization: NormalizationConfig;
  weighting: WeightingConfig;
  couplingVariant: CouplingVariant;
  /** α for T = Σ αᵢUᵢ; must sum to 1. */
  dimensionWeights: Readonly<Record<Dimension, number>>;
  statusFactors: Readonly<Record<EvidenceStatus, number>>;
  /** Nine increasing cut points in (0, 1); level k covers (t[k-2], t[k-1]]. */
  levelThresholds: readonly number[];
  stage: StageThresholds;
  constraints: ConstraintThresholds;
  /** Absent = "renormalize". */
  missingIndicators?: MissingIndicatorRule;
}

export interface ScoringWarning {
  key: string;
  values: Record<string, string | number>;
}

export interface StageReason {
  key: string;
  held: boolean;
  values: Record<string, number>;
}

export type ConstraintKey = "institutionalLag" | "dataGovernanceGap" | "talentShortage";

export interface ConstraintDiagnostic {
  key: ConstraintKey;
  triggered: boolean;
  values: Record<string, number | null>;
}

/**
 * Per-indicator results are index-aligned columns (struct of arrays): they stay compact
 * in memory and in stored snapshots. Zip them by index to render.
 */
export interface ObstacleDegrees {
  /** All catalog indicators, sorted by degree descending (ties in context indicator order). */
  indicatorIds: string[];
  /** Row-normalized O_j = (1 − x_j)·w_j / Σ O; all zero when ΣO = 0. */
  degrees: number[];
}

export interface DimensionScore {
  U: number;
  /** True when no indicator of the dimension has counted evidence (U is then 0). */
  noEvidence: boolean;
  countedIndicators: number;
}

/**
 * Why each U is what it is. Columns aligned with `indicatorIds`, which is the context's
 * indicator order (catalog grouped by dimension) and the same for every project.
 */
export interface IndicatorExplanation {
  /** Shared by all projects of a result and frozen. */
  indicatorIds: readonly string[];
  /** Dimension of each indicator; shared and frozen like `indicatorIds`. */
  dimensions: readonly Dimension[];
  /** The evidence item that counted; null when none counts (or it carried no id). */
  evidenceIds: (string | null)[];
  /** Direction-aware normalized value before the status factor (0 when not counted). */
  normalized: number[];
  /**
   * share × normalized × status factor, where share = context weight / Σ context weights
   * of the dimension's counted indicators; per dimension they sum to U.
   */
  contributions: number[];
}

export interface ProjectScore {
  projectId: string;
  U: Record<Dimension, number>;
  C: number;
  T: number;
  D: number;
  level: number;
  levelKey: string;
  stage: StageTag | null;
  stageReasons: StageReason[];
  constraints: ConstraintDiagnostic[];
  obstacles: ObstacleDegrees;
  dimensions: Record<Dimension, DimensionScore>;
  indicators: IndicatorExplanation;
  countedIndicators: number;
  coverage: number;
  /**
   * `renormalize`: verified share of the counted indicators. `zero`: share of the model's
   * global weight whose evidence is verified (missing indicators lower it).
   */
  confidence: number;
}

export interface ContextIndicator {
  id: string;
  code: string;
  dimension: Dimension;
  stage: StageTag;
  direction: Direction;
  kind: IndicatorKind;
  flags: string[];
  /** Effective normalization bounds (catalog goalposts or portfolio min/max). */
  lower: number;
  upper: number;
  /** Weight inside the dimension (sums to 1 per dimension). */
  weight: number;
  /** weight × α of the dimension (sums to 1 overall). */
  globalWeight: number;
}

/** Frozen portfolio-level data: enough to reproduce one project's score in the browser. */
export interface ScoringContext {
  formatVersion: 1;
  modelVersion: number;
  normalization: "goalposts" | "minmax";
  shift: [number, number] | null;
  dimensionWeights: Record<Dimension, number>;
  indicators: ContextIndicator[];
}

export interface IndicatorWeight {
  indicatorId: string;
  code: string;
  dimension: Dimension;
  weight: number;
  globalWeight: number;
}

export interface PortfolioResult {
  modelVersion: number;
  projects: ProjectScore[];
  weights: IndicatorWeight[];
  dimensionWeights: Record<Dimension, number>;
  warnings: ScoringWarning[];
  context: ScoringContext;
}

export interface ProjectSensitivity {
  projectId: string;
  /** Rank with the unperturbed weights; rank 1 = highest D, ties share the best rank. */
  baseRank: number;
  medianRank: number;
  p5Rank: number;
  p95Rank: number;
}

export interface SensitivityResult {
  runs: number;
  noise: number;
  seed: number;
  projects: ProjectSensitivity[];
}
