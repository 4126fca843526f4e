import { ORDINAL_MAX, ORDINAL_MIN, type IndicatorTable } from "./catalog";
import { isCanonicalUtc, parseRecordedAt } from "./time";
import { EVIDENCE_STATUSES, type ProjectInput, type ScoringModel } from "./types";
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
}

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
  if (agg.item[cell] < 0) return true;
  const bestKey = agg.timeKey[cell];
  if (key !== null && bestKey !== null) return key >= bestKey;
  const best = bestKey !== null ? parseRecordedAt(bestKey) : agg.time[cell];
  return (key !== null ? parseRecordedAt(key) : time) >= best;
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
  const { indexById, ordinal } = table;
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
    if (factor > 0 && notOlder(agg, cell, key, time)) {
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
