import { ORDINAL_MAX, ORDINAL_MIN, type IndicatorTable } from "./catalog";
import { isCanonicalUtc, parseRecordedAt } from "./time";
import { EVIDENCE_STATUSES, type EvidenceInput, type ProjectInput, type ScoringModel } from "./types";
import { fail } from "./validate";

/**
 * Per project × indicator (row-major, P × K in table order): the evidence item that counts.
 * `item` is the index into the project's evidence array (−1 when nothing counts).
 */
export interface Aggregation {
  P: number;
  K: number;
  raw: Float64Array;
  factor: Float64Array;
  /**
   * recordedAt of the counted item: a canonical UTC string in `timeKey` (compared as a
   * string), otherwise epoch ms in `time`.
   */
  time: Float64Array;
  timeKey: (string | null)[];
  item: Int32Array;
  verified: Uint8Array;
  /**
   * Id of the counted item, captured while the item is being read: fetching it later
   * from the input costs a cache miss per indicator on large portfolios.
   */
  evidenceId: (string | null)[];
  counted: Int32Array;
  verifiedCount: Int32Array;
  /** Per-period sums of flow indicators; null when the catalog has no flow indicator. */
  flow: FlowBuffers | null;
}

/**
 * A flow cell collects the counted items of its most recent reporting period: Σ value,
 * Σ value × status factor, Σ factor and the item count, the period's key and length in days
 * (0 when the start is unknown), and whether every item is verified.
 */
interface FlowBuffers {
  key: (string | null)[];
  sum: Float64Array;
  weighted: Float64Array;
  factorSum: Float64Array;
  items: Int32Array;
  days: Float64Array;
  allVerified: Uint8Array;
}

const DAY_MS = 86_400_000;
/** Flow values with a known period length are expressed per year of 365.25 days. */
const YEAR_DAYS = 365.25;

export function createAggregation(P: number, K: number): Aggregation {
  return {
    P,
    K,
    raw: new Float64Array(P * K),
    factor: new Float64Array(P * K),
    time: new Float64Array(P * K),
    timeKey: new Array<string | null>(P * K).fill(null),
    item: new Int32Array(P * K).fill(-1),
    verified: new Uint8Array(P * K),
    evidenceId: new Array<string | null>(P * K).fill(null),
    counted: new Int32Array(P),
    verifiedCount: new Int32Array(P),
    flow: null,
  };
}

function flowBuffers(n: number): FlowBuffers {
  return {
    key: new Array<string | null>(n).fill(null),
    sum: new Float64Array(n),
    weighted: new Float64Array(n),
    factorSum: new Float64Array(n),
    items: new Int32Array(n),
    days: new Float64Array(n),
    allVerified: new Uint8Array(n),
  };
}

export function statusFactorMap(model: ScoringModel): Map<string, number> {
  return new Map(EVIDENCE_STATUSES.map((s) => [s, model.statusFactors[s]]));
}

/**
 * Whether (key | time) is at least as recent as the cell's counted item. Mixed forms (an
 * epoch number against a canonical string) are compared as epoch ms; that is the rare path.
 */
function notOlder(agg: Aggregation, cell: number, key: string | null, time: number): boolean {
  return compareToCounted(agg, cell, key, time) >= 0;
}

/** Sign of (key | time) − the counted item's recordedAt; 1 when nothing counts yet. */
function compareToCounted(agg: Aggregation, cell: number, key: string | null, time: number): number {
  if (agg.item[cell] < 0) return 1;
  const bestKey = agg.timeKey[cell];
  if (key !== null && bestKey !== null) return key > bestKey ? 1 : key < bestKey ? -1 : 0;
  const best = bestKey !== null ? parseRecordedAt(bestKey) : agg.time[cell];
  return Math.sign((key !== null ? parseRecordedAt(key) : time) - best);
}

/**
 * Fills row p of `agg` from the project's evidence. Per indicator the most recent item whose
 * status factor is > 0 counts; on equal recordedAt the later item in input order wins
 * (callers wanting a stable result pass evidence in a stable order, e.g. by id).
 * Every item's indicator, value, status and recordedAt are validated, counted or not. `id`
 * is checked where it is used (the counted item); `country` is not read by the formulas,
 * and touching every item's strings has a real cost at 300k items.
 */
export function aggregateProject(
  project: ProjectInput,
  p: number,
  table: IndicatorTable,
  factors: Map<string, number>,
  agg: Aggregation,
  label: (p: number) => string,
): void {
  const evidence = project.evidence;
  if (!Array.isArray(evidence)) fail(`${label(p)}.evidence`, "must be an array");
  const base = p * agg.K;
  const { indexById, ordinal, flow } = table;
  if (table.hasFlow && agg.flow === null) agg.flow = flowBuffers(agg.P * agg.K);
  for (let k = 0; k < evidence.length; k++) {
    const e = evidence[k];
    if (typeof e !== "object" || e === null) fail(`${label(p)}.evidence[${k}]`, "must be an object");
    const j = indexById.get(e.indicatorId);
    if (j === undefined) {
      fail(`${label(p)}.evidence[${k}].indicatorId`, `unknown indicator ${String(e.indicatorId)}`);
    }
    const value = e.value;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      fail(`${label(p)}.evidence[${k}].value`, `must be a finite number (got ${String(value)})`);
    }
    if (ordinal[j] === 1 && !(Number.isInteger(value) && value >= ORDINAL_MIN && value <= ORDINAL_MAX)) {
      fail(`${label(p)}.evidence[${k}].value`, `ordinal values are whole numbers ${ORDINAL_MIN}–${ORDINAL_MAX} (got ${value})`);
    }
    const factor = factors.get(e.status);
    if (factor === undefined) fail(`${label(p)}.evidence[${k}].status`, `unknown status ${String(e.status)}`);
    const at = e.recordedAt;
    const key = typeof at === "string" && isCanonicalUtc(at) ? at : null;
    const time = key === null ? parseRecordedAt(at) : NaN;
    if (key === null && time !== time) {
      fail(`${label(p)}.evidence[${k}].recordedAt`, `must be epoch ms or ISO 8601 with a time zone (got ${String(at)})`);
    }
    const cell = base + j;
    if (flow[j] === 1) {
      if (factor > 0) addFlowItem(agg, cell, e, k, factor, key, time, label(p));
    } else if (factor > 0 && notOlder(agg, cell, key, time)) {
      agg.raw[cell] = value;
      agg.factor[cell] = factor;
      agg.time[cell] = time;
      agg.timeKey[cell] = key;
      agg.item[cell] = k;
      agg.verified[cell] = e.status === "VERIFIED" ? 1 : 0;
      const id = e.id;
      if (id !== undefined && typeof id !== "string") fail(`${label(p)}.evidence[${k}].id`, "must be a string");
      agg.evidenceId[cell] = id ?? null;
    }
  }
  if (table.hasFlow) finishFlows(agg, base, flow);
  let counted = 0;
  let verified = 0;
  for (let j = 0; j < agg.K; j++) {
    if (agg.item[base + j] >= 0) {
      counted++;
      verified += agg.verified[base + j];
    }
  }
  agg.counted[p] = counted;
  agg.verifiedCount[p] = verified;
}

/**
 * Flow indicators (DESIGN §5.1 as amended in lib/scoring/README.md): the counted items of the
 * most recent reporting period are summed, e.g. the Chinese and the Russian partner's R&D
 * spending for the same half-year. An item of a newer period (later end; on an equal end, a
 * different period later in input order) starts the sum afresh; older periods are ignored.
 */
function addFlowItem(
  agg: Aggregation,
  cell: number,
  e: EvidenceInput,
  k: number,
  factor: number,
  key: string | null,
  time: number,
  field: string,
): void {
  const f = agg.flow!;
  const end = key ?? time;
  let days = 0;
  if (e.periodStart !== undefined) {
    const start = parseRecordedAt(e.periodStart);
    const endMs = key !== null ? parseRecordedAt(key) : time;
    if (start !== start || start > endMs) {
      fail(`${field}.evidence[${k}].periodStart`, `must be a date no later than recordedAt (got ${String(e.periodStart)})`);
    }
    days = Math.round((endMs - start) / DAY_MS) + 1;
  }
  if (e.periodKey !== undefined && (typeof e.periodKey !== "string" || e.periodKey === "")) {
    fail(`${field}.evidence[${k}].periodKey`, "must be a non-empty string");
  }
  const period = e.periodKey ?? `${String(e.periodStart ?? "")}/${String(end)}`;
  const order = compareToCounted(agg, cell, key, time);
  if (order < 0) return;
  if (order > 0 || f.key[cell] !== period) {
    f.key[cell] = period;
    f.sum[cell] = 0;
    f.weighted[cell] = 0;
    f.factorSum[cell] = 0;
    f.items[cell] = 0;
    f.days[cell] = days;
    f.allVerified[cell] = 1;
  }
  f.sum[cell] += e.value;
  f.weighted[cell] += e.value * factor;
  f.factorSum[cell] += factor;
  f.items[cell]++;
  if (e.status !== "VERIFIED") f.allVerified[cell] = 0;
  agg.time[cell] = time;
  agg.timeKey[cell] = key;
  agg.item[cell] = k;
  const id = e.id;
  if (id !== undefined && typeof id !== "string") fail(`${field}.evidence[${k}].id`, "must be a string");
  agg.evidenceId[cell] = id ?? null;
}

/**
 * Turns the period sums into the cell's raw value and factor: the sum, per year when the
 * period's length is known, and the value-weighted status factor (so half-verified spending
 * counts as such; the plain mean when the sum is 0).
 */
function finishFlows(agg: Aggregation, base: number, flow: Uint8Array): void {
  const f = agg.flow!;
  for (let j = 0; j < agg.K; j++) {
    const cell = base + j;
    if (flow[j] !== 1 || agg.item[cell] < 0) continue;
    const sum = f.sum[cell];
    agg.raw[cell] = f.days[cell] > 0 ? (sum * YEAR_DAYS) / f.days[cell] : sum;
    agg.factor[cell] = sum > 0 ? f.weighted[cell] / sum : f.factorSum[cell] / f.items[cell];
    agg.verified[cell] = f.allVerified[cell];
  }
}
