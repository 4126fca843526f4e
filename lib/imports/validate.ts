/**
 * The dry run's verdict on each row of an uploaded spreadsheet (issue 14), without I/O: the
 * service loads the context (the project's indicators, the period, current values, outlier
 * statistics) once and this runs over every row.
 */
import { isIsoDate, toIsoDate } from "@/lib/dates";
import { outlierOf, type Outlier, type OutlierStats } from "@/lib/evidence/outliers";
import { latestPeriodEnd, MAX_NARRATIVE, ZSourceUrl } from "@/lib/evidence/schema";
import { valueProblem } from "@/lib/evidence/value-rules";
import { parseLocaleNumber } from "@/lib/format/parse-number";

import type { Cell, ReadSheet } from "./read";

export type ImportIndicator = { id: string; code: string; kind: "QUANTITATIVE" | "ORDINAL"; unit: string };

export type ImportContext = {
  /** The page's language: how text cells (CSV) write numbers. */
  locale: string;
  /** The project's indicators by code. */
  indicators: ReadonlyMap<string, ImportIndicator>;
  period: { startsOn: string; endsOn: string };
  /** The latest value the reader can see per indicator in this period. */
  current: ReadonlyMap<string, number>;
  stats: ReadonlyMap<string, OutlierStats>;
};

/** new / changed: will be imported. unchanged: the same value is there already. empty: no value given. */
export type RowStatus = "new" | "changed" | "unchanged" | "empty" | "refused";
export type RowReason = { code: string; values?: Record<string, string | number> };

export type ParsedRow = {
  indicatorId: string;
  value: number;
  periodStart: string;
  periodEnd: string;
  narrative: string;
  sourceUrl: string;
  outlier: Outlier | null;
};

export type ReportRow = {
  line: number;
  code: string;
  status: RowStatus;
  value?: number;
  current?: number;
  reason?: RowReason;
  outlier?: Outlier;
};

export type Report = {
  rows: ReportRow[];
  counts: Record<RowStatus, number>;
  /** Rows that will be imported, in file order. */
  accepted: ParsedRow[];
};

/** What the browser receives: the verdicts, not the parsed rows; `stored` once confirmed. */
export type ImportResult = { counts: Report["counts"]; rows: Report["rows"]; outliers: number; stored: number | null };

class RowRefusal extends Error {
  constructor(readonly reason: RowReason) {
    super(reason.code);
  }
}
const refuse = (code: string, values?: Record<string, string | number>) => new RowRefusal({ code, values });

function readValue(cell: Cell, locale: string): number | null {
  switch (cell.kind) {
    case "empty":
      return null;
    case "number":
      return cell.value;
    case "text": {
      const parsed = parseLocaleNumber(cell.value, locale);
      if (parsed.ok) return parsed.value;
      throw refuse(parsed.problem, { text: cell.value });
    }
    default:
      throw refuse("numberInvalid", { text: "" });
  }
}

/** XLSX cells must be numbers: a text cell is refused even when it looks like one (the "numbers as text"). */
function readXlsxValue(cell: Cell): number | null {
  if (cell.kind === "text") throw refuse("numberAsText", { text: cell.value });
  if (cell.kind === "date" || cell.kind === "other") throw refuse("numberInvalid", { text: "" });
  return cell.kind === "number" ? cell.value : null;
}

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function readDate(cell: Cell, format: "xlsx" | "csv", fallback: string): string {
  if (cell.kind === "empty") return fallback;
  if (cell.kind === "date") return toIsoDate(cell.value);
  if (cell.kind === "text") {
    // A spreadsheet cell holding a date as text sorts and compares wrongly in Excel itself.
    if (format === "xlsx") throw refuse("dateAsText", { text: cell.value });
    const dotted = DOTTED.exec(cell.value);
    const iso = dotted ? `${dotted[3]}-${dotted[2].padStart(2, "0")}-${dotted[1].padStart(2, "0")}` : cell.value;
    if (isIsoDate(iso)) return iso;
  }
  throw refuse("dateInvalid", { text: cell.kind === "text" ? cell.value : "" });
}

const cellText = (cell: Cell) => (cell.kind === "text" ? cell.value : cell.kind === "number" ? String(cell.value) : "");

export function validateRows(sheet: ReadSheet, ctx: ImportContext): Report {
  const counts: Record<RowStatus, number> = { new: 0, changed: 0, unchanged: 0, empty: 0, refused: 0 };
  const rows: ReportRow[] = [];
  const accepted: ParsedRow[] = [];
  const seen = new Set<string>();
  const latest = latestPeriodEnd();
  for (const { line, cells } of sheet.rows) {
    const code = cellText(cells.code).trim();
    let row: ReportRow;
    try {
      const indicator = ctx.indicators.get(code);
      if (!indicator) throw refuse(code === "" ? "codeMissing" : "unknownIndicator", { code });
      const value = sheet.format === "xlsx" ? readXlsxValue(cells.value) : readValue(cells.value, ctx.locale);
      if (value === null) {
        row = { line, code, status: "empty" };
      } else {
        const problem = valueProblem(value, indicator);
        if (problem) throw refuse(problem, { value });
        const periodStart = readDate(cells.periodStart, sheet.format, ctx.period.startsOn);
        const periodEnd = readDate(cells.periodEnd, sheet.format, ctx.period.endsOn);
        if (periodStart > periodEnd) throw refuse("periodOrder");
        if (periodStart < ctx.period.startsOn || periodEnd > ctx.period.endsOn) throw refuse("outsidePeriod", ctx.period);
        if (periodEnd > latest) throw refuse("periodFuture");
        const key = `${indicator.id}|${periodStart}|${periodEnd}`;
        if (seen.has(key)) throw refuse("duplicateRow");
        seen.add(key);
        const narrative = cellText(cells.narrative);
        if (narrative.length > MAX_NARRATIVE) throw refuse("tooLong5000");
        const link = cellText(cells.sourceUrl);
        const url = link === "" ? { success: true as const, data: "" } : ZSourceUrl.safeParse(link);
        if (!url.success) throw refuse("urlInvalid");
        const current = ctx.current.get(indicator.id);
        const outlier = outlierOf(value, indicator.kind, ctx.stats.get(indicator.id) ?? { history: [], portfolio: null });
        const status: RowStatus = current === undefined ? "new" : current === value ? "unchanged" : "changed";
        row = { line, code, status, value, ...(current !== undefined ? { current } : {}), ...(outlier ? { outlier } : {}) };
        if (status !== "unchanged") {
          accepted.push({ indicatorId: indicator.id, value, periodStart, periodEnd, narrative, sourceUrl: url.data, outlier });
        }
      }
    } catch (error) {
      if (!(error instanceof RowRefusal)) throw error;
      row = { line, code, status: "refused", reason: error.reason };
    }
    counts[row.status] += 1;
    rows.push(row);
  }
  return { rows, counts, accepted };
}
