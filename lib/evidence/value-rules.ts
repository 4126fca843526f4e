import { MAX_QUANTITY } from "./schema";

/** What the value check needs to know about an indicator (a catalog row or its client copy). */
export type IndicatorUnit = { kind: "QUANTITATIVE" | "ORDINAL"; unit: string };

export const ORDINAL_MIN = 0;
export const ORDINAL_MAX = 4;

/** Units that are shares of a whole, so a value above 100 is impossible. */
export function isPercentUnit(unit: string): boolean {
  const u = unit.trim().toLowerCase();
  return u === "%" || u === "percent" || u === "pct" || u.startsWith("% ") || u.startsWith("percent");
}

/** Units that count whole things: 2.5 patents or persons is a typing mistake. */
export function isWholeUnit(unit: string): boolean {
  return unit === "count" || unit === "persons";
}

/**
 * The value's error key (under `evidence.validation`), or null when it fits the indicator.
 * Shared by the form and the service so both refuse the same values.
 */
export function valueProblem(value: number, indicator: IndicatorUnit): string | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return "valueRequired";
  if (indicator.kind === "ORDINAL") {
    return Number.isInteger(value) && value >= ORDINAL_MIN && value <= ORDINAL_MAX ? null : "ordinalValue";
  }
  if (value < 0) return "valueNegative";
  if (isWholeUnit(indicator.unit) && !Number.isInteger(value)) return "wholeNumber";
  if (isPercentUnit(indicator.unit) && value > 100) return "percentOver100";
  if (value > MAX_QUANTITY) return "valueTooLarge";
  return null;
}
