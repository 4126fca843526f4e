/**
 * CSV for spreadsheet programs. Typed cells are written by hand rather than through a generic
 * CSV library because numbers and text need different treatment: text is neutralized against
 * formula injection, numbers are not text (a leading minus is a sign) and take the reader's
 * decimal separator. Pure: no I/O.
 */
import type { Cell, CellType, ExportColumn } from "./table";

/** Excel opens a UTF-8 file as UTF-8 (Chinese, Cyrillic intact) only with a byte-order mark. */
export const BOM = "\uFEFF";

export type CsvDialect = { delimiter: "," | ";"; decimal: "." | "," };

/**
 * Russian spreadsheet programs read ";" as the list separator and "," as the decimal mark; with
 * "," between fields every row would land in one column there.
 */
export function csvDialect(locale: string): CsvDialect {
  return locale === "ru" ? { delimiter: ";", decimal: "," } : { delimiter: ",", decimal: "." };
}

/**
 * A text cell starting with = + - @ (or a tab or carriage return, which some programs skip
 * before reading a formula) would be run as a formula when the file is opened; a leading
 * apostrophe makes it plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const isoDateTime = (d: Date) => `${isoDate(d)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;

function plain(value: Cell, type: CellType, dialect: CsvDialect): string {
  if (value === null || value === undefined || value === "") return "";
  if (value instanceof Date) return type === "date" ? isoDate(value) : isoDateTime(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    // Percent cells hold a fraction (0.85); in CSV they read as the percentage (85).
    const n = type === "percent" ? Math.round(value * 1000) / 10 : value;
    const text = type === "integer" ? String(Math.round(n)) : String(Number(n.toPrecision(12)));
    return dialect.decimal === "," ? text.replace(".", ",") : text;
  }
  return neutralize(value);
}

/** Every field is quoted, so delimiters, quotes and line breaks inside text stay in their cell. */
export function csvLine(cells: readonly Cell[], columns: readonly ExportColumn[], dialect: CsvDialect): string {
  return `${columns.map((c, i) => `"${plain(cells[i], c.type, dialect).replaceAll('"', '""')}"`).join(dialect.delimiter)}\r\n`;
}

export function csvHeader(columns: readonly ExportColumn[], dialect: CsvDialect): string {
  return csvLine(
    columns.map((c) => c.header),
    columns.map((c) => ({ ...c, type: "text" as const })),
    dialect,
  );
}
