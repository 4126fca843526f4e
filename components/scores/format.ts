import { formatDecimal } from "@/lib/format/decimal";

/** Scores are shown with three decimals everywhere (charts, tables, reasons), in the page's locale. */
export const score = (locale: string, value: number | null | undefined) => formatDecimal(locale, value, 3);

const COUNTS = new Set(["count", "required", "flagged", "counted"]);

/**
 * The numbers of a stage reason or a constraint for its message, in the reader's language: counts
 * whole ("1 234" in Russian), the rest as scores. Through lib/format/decimal.ts' cached formatters.
 */
export const diagnosticValues = (locale: string, values: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, COUNTS.has(k) ? formatDecimal(locale, v ?? 0, 0) : score(locale, v)]));

type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/** "evidence.submit" → its translation under scores.triggers, or the generic "other change". */
export function triggerLabel(t: Translate, trigger: string) {
  return t.has(`scores.triggers.${trigger}`) ? t(`scores.triggers.${trigger}`) : t("scores.triggers.other");
}
