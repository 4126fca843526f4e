import { diagnoseConstraints } from "./constraints";
import type { CompiledContext } from "./context";
import type { Aggregation } from "./evidence";
import { rowCoordination } from "./kernel";
import { LEVEL_KEYS, levelIndex } from "./levels";
import { assessStage } from "./stage";
import {
  DIMENSIONS,
  type Dimension,
  type DimensionScore,
  type IndicatorExplanation,
  type ObstacleDegrees,
  type ProjectInput,
  type ProjectScore,
  type ScoringModel,
} from "./types";

/** Per-row buffers reused across the rows of a portfolio (no allocation per indicator). */
export interface RowScratch {
  x: Float64Array;
  present: Uint8Array;
  /** All ones: the presence mask of the `zero` rule, under which every indicator enters U. */
  all: Uint8Array;
  obstacle: Float64Array;
  u: Float64Array;
  ctd: Float64Array;
  /**
   * Output columns are filled here and copied out with slice(0, K): one exact-size copy
   * instead of push's growth steps (V8 gives a pushed-to empty array room for 17).
   */
  obstacleIds: string[];
  obstacleDegrees: number[];
  evidence: (string | null)[];
  normalized: number[];
  contributions: number[];
}

export function createScratch(K: number): RowScratch {
  return {
    x: new Float64Array(K),
    present: new Uint8Array(K),
    all: new Uint8Array(K).fill(1),
    obstacle: new Float64Array(K),
    u: new Float64Array(DIMENSIONS.length),
    ctd: new Float64Array(3),
    obstacleIds: new Array<string>(K).fill(""),
    // Number columns start filled with a non-integer so V8 keeps them as unboxed doubles.
    obstacleDegrees: new Array<number>(K).fill(0.5),
    evidence: new Array<string | null>(K).fill(null),
    normalized: new Array<number>(K).fill(0.5),
    contributions: new Array<number>(K).fill(0.5),
  };
}

/**
 * Scores row p of an aggregation whose normalized values are N. The portfolio and the
 * single-project path both end here, which is what makes scoreProject reproduce
 * scorePortfolio exactly.
 */
export function scoreRow(
  cc: CompiledContext,
  model: ScoringModel,
  agg: Aggregation,
  N: Float64Array,
  p: number,
  project: ProjectInput,
  s: RowScratch,
): ProjectScore {
  const { table } = cc;
  const K = table.K;
  const base = p * K;
  let stage3 = 0;
  let stage2Plus = 0;
  for (let j = 0; j < K; j++) {
    const cell = base + j;
    if (agg.item[cell] >= 0) {
      s.present[j] = 1;
      s.x[j] = N[cell] * agg.factor[cell];
      if (table.stage[j] === 3) stage3++;
      if (table.stage[j] >= 2) stage2Plus++;
    } else {
      s.present[j] = 0;
      s.x[j] = 0;
    }
  }
  const zero = model.missingIndicators === "zero";
  rowCoordination(s.x, zero ? s.all : s.present, 0, cc.weight, table.dimStart, cc.alpha, model.couplingVariant, s.u, s.ctd);
  const C = s.ctd[0];
  const T = s.ctd[1];
  const D = s.ctd[2];
  const U = { TECHNOLOGY: s.u[0], INSTITUTIONAL: s.u[1], RESOURCE: s.u[2] };
  const level = levelIndex(D, model.levelThresholds);
  const counted = agg.counted[p];
  const { stage, reasons } = assessStage(
    {
      D,
      minU: Math.min(s.u[0], s.u[1], s.u[2]),
      counted,
      stage3Indicators: stage3,
      stage2PlusIndicators: stage2Plus,
      featureCounts: model.stage.features ? featureCounts(table, s.present, model.stage.features) : undefined,
    },
    model.stage,
  );

  return {
    projectId: project.id,
    U,
    C,
    T,
    D,
    level,
    levelKey: LEVEL_KEYS[level - 1],
    stage,
    stageReasons: reasons,
    constraints: diagnoseConstraints(s.u[0], s.u[1], s.x, s.present, table, model.constraints),
    obstacles: obstacles(cc, s),
    dimensions: dimensionScores(table, s),
    indicators: explain(cc, agg, N, base, s, zero),
    countedIndicators: counted,
    coverage: counted / K,
    confidence: zero ? verifiedWeight(cc, agg, base) : counted > 0 ? agg.verifiedCount[p] / counted : 0,
  };
}

/** Σ global weight of the indicators whose counted evidence is verified (the `zero` rule's confidence). */
function verifiedWeight(cc: CompiledContext, agg: Aggregation, base: number): number {
  let sum = 0;
  for (let j = 0; j < cc.table.K; j++) if (agg.item[base + j] >= 0 && agg.verified[base + j] === 1) sum += cc.globalWeight[j];
  return Math.min(1, sum);
}

function featureCounts(
  table: CompiledContext["table"],
  present: Uint8Array,
  features: NonNullable<ScoringModel["stage"]["features"]>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const flag of [...features.stage2, ...features.stage3]) {
    if (flag in counts) continue;
    let n = 0;
    for (let j = 0; j < table.K; j++) if (present[j] === 1 && table.flags[j].includes(flag)) n++;
    counts[flag] = n;
  }
  return counts;
}

/**
 * O_j = (1 − x_j)·w_j with w_j the global weight (within-dimension weight × α), divided by
 * ΣO (row-normalized obstacle degree); an indicator without evidence has x_j = 0.
 * Sorted by degree descending, ties in table order (insertion sort: K is small and it is
 * stable without a comparator closure).
 */
function obstacles(cc: CompiledContext, s: RowScratch): ObstacleDegrees {
  const { table, globalWeight } = cc;
  const K = table.K;
  let sum = 0;
  for (let j = 0; j < K; j++) {
    const o = (1 - s.x[j]) * globalWeight[j];
    s.obstacle[j] = o;
    sum += o;
  }
  const ids = s.obstacleIds;
  const degrees = s.obstacleDegrees;
  for (let j = 0; j < K; j++) {
    const v = sum > 0 ? s.obstacle[j] / sum : 0;
    let i = j - 1;
    while (i >= 0 && degrees[i] < v) {
      degrees[i + 1] = degrees[i];
      ids[i + 1] = ids[i];
      i--;
    }
    degrees[i + 1] = v;
    ids[i + 1] = table.ids[j];
  }
  return { indicatorIds: ids.slice(0, K), degrees: degrees.slice(0, K) };
}

/**
 * Per-indicator explanation as columns aligned with the context's indicator order: the
 * counted evidence item, its normalized value and its contribution to U (weight share ×
 * normalized × status factor; a dimension's contributions sum to its U), null / 0 when
 * nothing counts. The weight share is w_j / Σ w over the dimension's counted indicators
 * (context weights) and the factor follows from the item's status, so neither is repeated
 * here. Columns rather than one object per indicator, and no derivable columns: every
 * number field of an object is its own heap allocation and every array a few more, and
 * for a 10,000-project portfolio building this explanation was most of the run time.
 */
function explain(cc: CompiledContext, agg: Aggregation, N: Float64Array, base: number, s: RowScratch, zero: boolean): IndicatorExplanation {
  const { table, weight } = cc;
  const K = table.K;
  const { evidence, normalized, contributions } = s;
  for (let d = 0; d < DIMENSIONS.length; d++) {
    const start = table.dimStart[d];
    const end = table.dimStart[d + 1];
    let den = 0;
    let count = 0;
    // Under the `zero` rule every indicator of the dimension is in the denominator, as in U.
    const inU = zero ? s.all : s.present;
    for (let j = start; j < end; j++) {
      if (inU[j] === 1) {
        den += weight[j];
        count++;
      }
    }
    for (let j = start; j < end; j++) {
      const cell = base + j;
      if (s.present[j] === 1) {
        evidence[j] = agg.evidenceId[cell];
        normalized[j] = N[cell];
        contributions[j] = (den > 0 ? weight[j] / den : 1 / count) * s.x[j];
      } else {
        evidence[j] = null;
        normalized[j] = 0;
        contributions[j] = 0;
      }
    }
  }
  return {
    indicatorIds: cc.sharedIds,
    dimensions: cc.sharedDimensions,
    evidenceIds: evidence.slice(0, K),
    normalized: normalized.slice(0, K),
    contributions: contributions.slice(0, K),
  };
}

function dimensionScores(table: CompiledContext["table"], s: RowScratch): Record<Dimension, DimensionScore> {
  const t = countIn(table, s, 0);
  const i = countIn(table, s, 1);
  const r = countIn(table, s, 2);
  return {
    TECHNOLOGY: { U: s.u[0], noEvidence: t === 0, countedIndicators: t },
    INSTITUTIONAL: { U: s.u[1], noEvidence: i === 0, countedIndicators: i },
    RESOURCE: { U: s.u[2], noEvidence: r === 0, countedIndicators: r },
  };
}

function countIn(table: CompiledContext["table"], s: RowScratch, d: number): number {
  let count = 0;
  for (let j = table.dimStart[d]; j < table.dimStart[d + 1]; j++) count += s.present[j];
  return count;
}
