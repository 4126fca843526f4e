import { formatDecimal } from "@/lib/format/decimal";

/** Scores are shown with three decimals everywhere (charts, tables, reasons), in the page's locale. */
export const score = (locale: string, value: number | null | undefined) => formatDecimal(locale, value, 3);

type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/** "evidence.submit" → its translation under scores.triggers, or the generic "other change". */
export function triggerLabel(t: Translate, trigger: string) {
  return t.has(`scores.triggers.${trigger}`) ? t(`scores.triggers.${trigger}`) : t("scores.triggers.other");
}
