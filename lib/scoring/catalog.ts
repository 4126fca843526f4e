import { DIMENSIONS, type Dimension, type Direction, type IndicatorKind } from "./types";
import { array, fail, finite, isRecord, nonNegative, oneOf } from "./validate";

export const DATA_GOVERNANCE_FLAG = "dataGovernance";
export const TALENT_FLAG = "talent";
/** Evidence of a jointly built platform, park or test bed: the defining feature of stage 2. */
export const PLATFORM_FLAG = "platform";
/** Evidence of institutional and strategic docking: the defining feature of stage 3. */
export const DOCKING_FLAG = "docking";
/** A quantity per period (spending, exchanges held): summed per reporting period, not "latest". */
export const FLOW_FLAG = "flow";

/** Ordinal indicators are scored on this closed scale. */
export const ORDINAL_MIN = 0;
export const ORDINAL_MAX = 4;

/**
 * The indicator catalog in table order: grouped by dimension (DIMENSIONS order), catalog
 * order inside a dimension, so each dimension is the slice [dimStart[d], dimStart[d+1]).
 */
export interface IndicatorTable {
  K: number;
  /** Table position → index in the list it was built from (for field names). */
  source: Int32Array;
  ids: string[];
  codes: string[];
  dimension: Dimension[];
  dimIndex: Uint8Array;
  stage: Uint8Array;
  direction: Direction[];
  cost: Uint8Array;
  kind: IndicatorKind[];
  ordinal: Uint8Array;
  flags: string[][];
  dataGovernance: Uint8Array;
  talent: Uint8Array;
  flow: Uint8Array;
  /** Whether any indicator is a flow (the aggregation allocates its period buffers only then). */
  hasFlow: boolean;
  dimStart: Int32Array;
  indexById: Map<string, number>;
}

/** Builds the table from catalog entries or context indicators (same descriptive fields). */
export function buildIndicatorTable(value: unknown, field: string): IndicatorTable {
  const list = array(value, field, 1);
  const dimOf = list.map((entry, i) => {
    if (!isRecord(entry)) fail(`${field}[${i}]`, "must be an object");
    return DIMENSIONS.indexOf(oneOf(entry.dimension, DIMENSIONS, `${field}[${i}].dimension`));
  });
  const order = list.map((_, i) => i).sort((a, b) => dimOf[a] - dimOf[b] || a - b);
  const K = list.length;
  const t: IndicatorTable = {
    K,
    source: Int32Array.from(order),
    ids: [],
    codes: [],
    dimension: [],
    dimIndex: new Uint8Array(K),
    stage: new Uint8Array(K),
    direction: [],
    cost: new Uint8Array(K),
    kind: [],
    ordinal: new Uint8Array(K),
    flags: [],
    dataGovernance: new Uint8Array(K),
    talent: new Uint8Array(K),
    flow: new Uint8Array(K),
    hasFlow: false,
    dimStart: new Int32Array(DIMENSIONS.length + 1),
    indexById: new Map(),
  };
  order.forEach((src, k) => {
    const e = list[src] as Record<string, unknown>;
    const f = `${field}[${src}]`;
    if (typeof e.id !== "string" || e.id === "") fail(`${f}.id`, "must be a non-empty string");
    if (t.indexById.has(e.id)) fail(`${f}.id`, `duplicate indicator id ${e.id}`);
    if (typeof e.code !== "string") fail(`${f}.code`, "must be a string");
    const stage = e.stage;
    if (stage !== 1 && stage !== 2 && stage !== 3) fail(`${f}.stage`, "must be 1, 2 or 3");
    const direction = oneOf(e.direction, ["benefit", "cost", "BENEFIT", "COST"] as const, `${f}.direction`);
    const kind = oneOf(e.kind, ["QUANTITATIVE", "ORDINAL"] as const, `${f}.kind`);
    const flags = e.flags === undefined ? [] : array(e.flags, `${f}.flags`);
    flags.forEach((flag, i) => {
      if (typeof flag !== "string") fail(`${f}.flags[${i}]`, "must be a string");
    });
    t.indexById.set(e.id, k);
    t.ids.push(e.id);
    t.codes.push(e.code);
    t.dimension.push(DIMENSIONS[dimOf[src]]);
    t.dimIndex[k] = dimOf[src];
    t.stage[k] = stage;
    t.direction.push(direction === "cost" || direction === "COST" ? "cost" : "benefit");
    t.cost[k] = t.direction[k] === "cost" ? 1 : 0;
    t.kind.push(kind);
    t.ordinal[k] = kind === "ORDINAL" ? 1 : 0;
    t.flags.push([...(flags as string[])]);
    t.dataGovernance[k] = flags.includes(DATA_GOVERNANCE_FLAG) ? 1 : 0;
    t.talent[k] = flags.includes(TALENT_FLAG) ? 1 : 0;
    t.flow[k] = flags.includes(FLOW_FLAG) ? 1 : 0;
    if (t.flow[k] === 1 && kind === "ORDINAL") fail(`${f}.flags`, "an ordinal indicator cannot be a flow (levels do not add up)");
    if (t.flow[k] === 1) t.hasFlow = true;
  });
  for (let d = 0; d < DIMENSIONS.length; d++) {
    let end = t.dimStart[d];
    while (end < K && t.dimIndex[end] === d) end++;
    if (end === t.dimStart[d]) fail(field, `needs at least one ${DIMENSIONS[d]} indicator`);
    t.dimStart[d + 1] = end;
  }
  return t;
}

/** Validated [lower, upper] pairs in table order; ORDINAL bounds must lie on the 0–4 scale. */
export function readBounds(
  list: readonly Record<string, unknown>[],
  table: IndicatorTable,
  field: string,
): { lower: Float64Array; upper: Float64Array } {
  const lower = new Float64Array(table.K);
  const upper = new Float64Array(table.K);
  for (let k = 0; k < table.K; k++) {
    const src = table.source[k];
    const e = list[src];
    const lo = finite(e.lower, `${field}[${src}].lower`);
    const hi = finite(e.upper, `${field}[${src}].upper`);
    if (!(lo < hi)) fail(`${field}[${src}].upper`, `must be greater than lower (${lo})`);
    if (table.ordinal[k] && (lo < ORDINAL_MIN || hi > ORDINAL_MAX)) {
      fail(`${field}[${src}].lower`, `ordinal bounds must lie within [${ORDINAL_MIN}, ${ORDINAL_MAX}]`);
    }
    lower[k] = lo;
    upper[k] = hi;
  }
  return { lower, upper };
}

/** A non-negative number per indicator (expert weights, context weights) in table order. */
export function readNonNegative(list: readonly Record<string, unknown>[], table: IndicatorTable, key: string, field: string): Float64Array {
  const out = new Float64Array(table.K);
  for (let k = 0; k < table.K; k++) {
    const src = table.source[k];
    out[k] = nonNegative(list[src][key], `${field}[${src}].${key}`);
  }
  return out;
}
