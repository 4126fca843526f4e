import { isLocale } from "@/lib/i18n/routing";
import type { Cell, Table } from "@/lib/portfolio/tables";

/**
 * Every figure on the dashboard goes through Intl for the page's language. The formatters are
 * built once per language (an Intl object costs more to build than to use) and shared.
 */
export function portfolioFormat(locale: string): PortfolioFormat {
  if (!isLocale(locale)) return buildFormat(locale);
  let fmt = byLocale.get(locale);
  if (!fmt) byLocale.set(locale, (fmt = buildFormat(locale)));
  return fmt;
}

const byLocale = new Map<string, PortfolioFormat>();

function buildFormat(locale: string) {
  const count = new Intl.NumberFormat(locale);
  const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const ranges = new Map<string, string>();
  return {
    count: (v: number) => count.format(v),
    score: (v: number | null) => (v === null ? "—" : score.format(v)),
    percent: (v: number) => percent.format(v),
    /** A reporting period: its key and its dates in the reader's language ("2026-H1 (1 Jan – 30 Jun 2026)"). */
    period: (p: { key: string; startsOn: string; endsOn: string }) => `${p.key} (${range(p.startsOn, p.endsOn)})`,
    /** A table's cells as text: scores with three decimals, counts whole. */
    cells: (table: Table): string[][] =>
      table.rows.map((row) => row.map((cell: Cell, j) => cellText(cell, table.scores?.includes(j) ?? false))),
  };
  /** `formatRange` costs about as much as building a formatter, so each range is formatted once. */
  function range(startsOn: string, endsOn: string): string {
    const key = `${startsOn}/${endsOn}`;
    let text = ranges.get(key);
    if (text === undefined) {
      text = day.formatRange(new Date(`${startsOn}T00:00:00Z`), new Date(`${endsOn}T00:00:00Z`));
      if (ranges.size >= 1_000) ranges.clear();
      ranges.set(key, text);
    }
    return text;
  }
  function cellText(cell: Cell, isScore: boolean): string {
    if (cell === null) return "—";
    if (typeof cell === "string") return cell;
    return isScore ? score.format(cell) : count.format(cell);
  }
}
export type PortfolioFormat = ReturnType<typeof buildFormat>;
