// Not `server-only`: pure shaping of the dashboard's figures into tables, shared by the page (the
// charts' table twins) and the CSV download, so both always show the same rows.
import { DIMENSIONS, type Dimension } from "@/lib/scoring";

import { AGE_BUCKETS, type BacklogRow, type Bucket, type Grouping, type TrendPoint } from "./service";

/** A cell is a label or a raw number; the page formats numbers with Intl, the CSV writes them plainly. */
export type Cell = string | number | null;
/** `scores`: the columns holding 0–1 scores (shown with three decimals); other numbers are counts. */
export type Table = { head: string[]; rows: Cell[][]; scores?: number[] };

export type Labels = {
  head: (key: string) => string;
  key: (grouping: Grouping, key: string | null) => string;
  dimension: (dim: Dimension) => string;
  age: (bucket: (typeof AGE_BUCKETS)[number]) => string;
  organization: (row: BacklogRow) => string;
};

export function distributionTable(grouping: Grouping, buckets: Bucket[], l: Labels): Table {
  return {
    head: [l.head(grouping), l.head("projects"), l.head("assessed"), l.head("meanD")],
    rows: buckets.map((b) => [l.key(grouping, b.key), b.projects, b.assessed, b.meanD]),
    scores: [3],
  };
}

/** Mean dimension scores per sector (and for the whole selection), with the lowest one named. */
export function balanceTable(total: Bucket, bySector: Bucket[], lagging: (b: Bucket) => Dimension | null, l: Labels): Table {
  const row = (name: string, b: Bucket): Cell[] => {
    const lag = lagging(b);
    return [name, b.assessed, ...DIMENSIONS.map((d) => b.mean[d]), lag ? l.dimension(lag) : null, ...DIMENSIONS.map((d) => b.lagging[d])];
  };
  return {
    head: [
      l.head("sector"),
      l.head("assessed"),
      ...DIMENSIONS.map((d) => l.dimension(d)),
      l.head("lowestMean"),
      ...DIMENSIONS.map((d) => `${l.head("lowestIn")}: ${l.dimension(d)}`),
    ],
    rows: [row(l.head("allSelected"), total), ...bySector.map((b) => row(l.key("sector", b.key), b))],
    scores: [2, 3, 4],
  };
}

export function backlogTable(rows: BacklogRow[], l: Labels): Table {
  return {
    head: [l.head("organization"), ...AGE_BUCKETS.map((a) => l.age(a)), l.head("total")],
    rows: rows.map((r) => [l.organization(r), ...AGE_BUCKETS.map((a) => r.ages[a]), r.total]),
  };
}

/** `period` names a period in the reader's language (the CSV passes its key and ISO dates). */
export function trendTable(points: TrendPoint[], l: Labels, period: (p: TrendPoint) => string): Table {
  return {
    head: [
      l.head("period"),
      l.head("periodProjects"),
      l.head("reported"),
      l.head("assessed"),
      l.head("meanD"),
      ...DIMENSIONS.map((d) => l.dimension(d)),
    ],
    rows: points.map((p) => [period(p), p.projects, p.reported, p.assessed, p.meanD, ...DIMENSIONS.map((d) => p.mean[d])]),
    scores: [4, 5, 6, 7],
  };
}

const csvCell = (v: Cell) => {
  const s = v === null ? "" : String(v);
  // Quote everything; neutralise spreadsheet formulas.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
};

/** UTF-8 with BOM so spreadsheet programs read Chinese and Russian; numbers unformatted. */
export function toCsv(table: Table): string {
  return `\uFEFF${[table.head, ...table.rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
