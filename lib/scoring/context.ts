import { buildIndicatorTable, readBounds, readNonNegative, type IndicatorTable } from "./catalog";
import type { NormalizationBounds } from "./normalize";
import { DIMENSIONS, type Dimension, type ScoringContext } from "./types";
import { array, fail, finite, isRecord, nonNegative, oneOf, shiftInterval, SUM_TOLERANCE } from "./validate";

/** A ScoringContext turned into typed arrays in table order; both scoring paths use this. */
export interface CompiledContext extends NormalizationBounds {
  modelVersion: number;
  table: IndicatorTable;
  weight: Float64Array;
  globalWeight: Float64Array;
  alpha: Float64Array;
  /** Frozen id and dimension columns, shared by every ProjectScore built from this context. */
  sharedIds: readonly string[];
  sharedDimensions: readonly Dimension[];
}

export function buildContext(
  modelVersion: number,
  normalization: "goalposts" | "minmax",
  shift: readonly [number, number] | null,
  alpha: Readonly<Record<string, number>>,
  table: IndicatorTable,
  lower: Float64Array,
  upper: Float64Array,
  weight: Float64Array,
): ScoringContext {
  const dimensionWeights = {
    TECHNOLOGY: alpha.TECHNOLOGY,
    INSTITUTIONAL: alpha.INSTITUTIONAL,
    RESOURCE: alpha.RESOURCE,
  };
  return {
    formatVersion: 1,
    modelVersion,
    normalization,
    shift: shift ? [shift[0], shift[1]] : null,
    dimensionWeights,
    indicators: table.ids.map((id, k) => ({
      id,
      code: table.codes[k],
      dimension: table.dimension[k],
      stage: table.stage[k] as 1 | 2 | 3,
      direction: table.direction[k],
      kind: table.kind[k],
      flags: [...table.flags[k]],
      lower: lower[k],
      upper: upper[k],
      weight: weight[k],
      globalWeight: weight[k] * dimensionWeights[table.dimension[k]],
    })),
  };
}

/**
 * Validates a context (it may come back from the browser or from JSON) and compiles it.
 * `globalWeight` in the context is informational; it is recomputed as weight × α here.
 */
export function compileContext(context: ScoringContext): CompiledContext {
  if (!isRecord(context)) fail("context", "must be an object");
  if (context.formatVersion !== 1) fail("context.formatVersion", "must be 1");
  const modelVersion = finite(context.modelVersion, "context.modelVersion");
  const normalization = oneOf(context.normalization, ["goalposts", "minmax"] as const, "context.normalization");
  const shift = context.shift == null ? null : shiftInterval(context.shift, "context.shift", 1);
  if (shift && normalization !== "minmax") fail("context.shift", "only applies to minmax");

  if (!isRecord(context.dimensionWeights)) fail("context.dimensionWeights", "must be an object");
  const alpha = new Float64Array(DIMENSIONS.length);
  let alphaSum = 0;
  DIMENSIONS.forEach((d, i) => {
    alpha[i] = nonNegative(context.dimensionWeights[d], `context.dimensionWeights.${d}`);
    alphaSum += alpha[i];
  });
  if (Math.abs(alphaSum - 1) > SUM_TOLERANCE) {
    fail("context.dimensionWeights", `must sum to 1 (got ${alphaSum})`);
  }

  const list = array(context.indicators, "context.indicators", 1) as Record<string, unknown>[];
  const table = buildIndicatorTable(list, "context.indicators");
  const { lower, upper } = readBounds(list, table, "context.indicators");
  const weight = readNonNegative(list, table, "weight", "context.indicators");
  for (let d = 0; d < DIMENSIONS.length; d++) {
    let sum = 0;
    for (let j = table.dimStart[d]; j < table.dimStart[d + 1]; j++) sum += weight[j];
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      fail("context.indicators", `${DIMENSIONS[d]} weights must sum to 1 (got ${sum})`);
    }
  }
  const globalWeight = new Float64Array(table.K);
  for (let j = 0; j < table.K; j++) globalWeight[j] = weight[j] * alpha[table.dimIndex[j]];

  return {
    modelVersion,
    table,
    lower,
    upper,
    cost: table.cost,
    shifted: shift !== null,
    shiftA: shift ? shift[0] : 0,
    shiftB: shift ? shift[1] : 1,
    weight,
    globalWeight,
    alpha,
    sharedIds: Object.freeze([...table.ids]),
    sharedDimensions: Object.freeze([...table.dimension]),
  };
}
