import type { useFormatter } from "next-intl";
import { getTranslations } from "next-intl/server";

type Formatter = ReturnType<typeof useFormatter>;

/** Period dates are calendar days stored at UTC midnight: format them in UTC, never shifted. */
export function formatDay(format: Formatter, date: Date | string): string {
  return format.dateTime(typeof date === "string" ? new Date(date) : date, { dateStyle: "medium", timeZone: "UTC" });
}

/** Unit keys are translated by the catalog's messages; an unknown unit is shown as stored. */
export async function getUnitLabel(): Promise<(unit: string) => string> {
  const t = await getTranslations("catalog.units");
  return (unit) => (t.has(unit) ? t(unit) : unit);
}

/** "42 %", "3 / 4" for ordinal indicators, "120 persons" otherwise. */
export function formatValue(
  format: Formatter,
  value: number,
  indicator: { kind: string; unit: string },
  unitLabel: (unit: string) => string,
): string {
  if (indicator.kind === "ORDINAL") return `${format.number(value)} / 4`;
  return `${format.number(value)} ${unitLabel(indicator.unit)}`;
}
