/** Scores are shown with three decimals everywhere (charts, tables, reasons). */
export const score = (value: number | null | undefined) => (value === null || value === undefined ? "—" : value.toFixed(3));
export const percent = (value: number) => `${Math.round(value * 100)}%`;

type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

/** "evidence.submit" → its translation under scores.triggers, or the generic "other change". */
export function triggerLabel(t: Translate, trigger: string) {
  return t.has(`scores.triggers.${trigger}`) ? t(`scores.triggers.${trigger}`) : t("scores.triggers.other");
}
