/**
 * An export is a table: typed columns with headers in the reader's language, and rows that
 * arrive in batches from the database (an async iterable), so that neither the CSV nor the XLSX
 * writer ever holds the whole result. Pure types and helpers: no I/O.
 */

/** How a cell is written: XLSX gets typed number and date cells, CSV their plain forms. */
export type CellType = "text" | "number" | "integer" | "percent" | "date" | "datetime";

export type Cell = string | number | Date | null | undefined;

export type ExportColumn = {
  header: string;
  type: CellType;
  /** Column width in characters (XLSX). */
  width: number;
};

export type ExportTable = {
  /** File name without extension, ASCII (e.g. "projects-2026-12-06"). */
  fileName: string;
  /** Worksheet name in the reader's language (XLSX; at most 31 characters). */
  sheet: string;
  columns: ExportColumn[];
  rows: AsyncIterable<Cell[]>;
};

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Column shorthands for the sources. */
export const col = {
  text: (header: string, width = 20): ExportColumn => ({ header, type: "text", width }),
  number: (header: string, width = 12): ExportColumn => ({ header, type: "number", width }),
  integer: (header: string, width = 10): ExportColumn => ({ header, type: "integer", width }),
  percent: (header: string, width = 10): ExportColumn => ({ header, type: "percent", width }),
  date: (header: string, width = 12): ExportColumn => ({ header, type: "date", width }),
  datetime: (header: string, width = 18): ExportColumn => ({ header, type: "datetime", width }),
};

/** Today's date for file names (UTC, as every date the platform shows). */
export const fileDate = (now = new Date()) => now.toISOString().slice(0, 10);

/** Flattens batches into rows; the batches come from keyset-paginated queries. */
export async function* flatten<T>(batches: AsyncIterable<T[]>): AsyncIterable<T> {
  for await (const batch of batches) yield* batch;
}
