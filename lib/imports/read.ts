import "server-only";

import ExcelJS from "exceljs";
import Papa from "papaparse";

import { ValidationError } from "@/lib/errors";

import { checkZipSize } from "./zip-size";

/**
 * Reads an uploaded spreadsheet (the XLSX template, or a CSV saved from it) into plain cells.
 * Whatever makes the whole file unusable is refused here with a file-level reason (field
 * "file"); what is wrong with single rows is left to ./validate.ts, so the dry run can list it.
 */

/** The template's columns, in order. Only some are read back; the rest inform the person filling it. */
export const IMPORT_COLUMNS = [
  "code",
  "indicator",
  "unit",
  "allowed",
  "baseline",
  "target",
  "current",
  "value",
  "periodStart",
  "periodEnd",
  "narrative",
  "sourceUrl",
] as const;
export type ColumnKey = (typeof IMPORT_COLUMNS)[number];
export const READ_COLUMNS = ["code", "value", "periodStart", "periodEnd", "narrative", "sourceUrl"] as const;
export type ReadColumn = (typeof READ_COLUMNS)[number];

export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** The template's hidden sheet and its first cell, which tell our template from any workbook. */
export const META_SHEET = "synergia";
export const TEMPLATE_MARK = "synergia-import-v1";

export type Cell =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "date"; value: Date }
  | { kind: "other" };
export type SheetRow = { line: number; cells: Record<ReadColumn, Cell> };
export type ReadSheet = { format: "xlsx" | "csv"; projectId: string | null; rows: SheetRow[] };

const EMPTY: Cell = { kind: "empty" };
const column = (key: ColumnKey) => IMPORT_COLUMNS.indexOf(key) + 1;
const fileError = (code: string, values: Record<string, string | number> = {}) => new ValidationError(code, "file", values);

const text = (value: string): Cell => {
  const trimmed = value.trim();
  return trimmed === "" ? EMPTY : { kind: "text", value: trimmed };
};

/** Header cells must be the template's labels in one of the languages (`headers`: one label list per language). */
function checkHeader(cells: readonly string[], headers: readonly (readonly string[])[]): void {
  const norm = (s: string) => s.trim().toLowerCase();
  const fits = headers.some((labels) => READ_COLUMNS.every((key) => norm(cells[column(key) - 1] ?? "") === norm(labels[column(key) - 1])));
  if (!fits) throw fileError("wrongTemplate");
}

function xlsxCell(cell: ExcelJS.Cell, line: number): Cell {
  if (cell.isMerged) throw fileError("mergedCells", { cell: cell.address });
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
      return EMPTY;
    case ExcelJS.ValueType.Number:
      return { kind: "number", value: cell.value as number };
    case ExcelJS.ValueType.Date:
      return { kind: "date", value: cell.value as Date };
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
    case ExcelJS.ValueType.RichText:
    case ExcelJS.ValueType.Hyperlink:
      return text(cell.text);
    case ExcelJS.ValueType.Formula:
      // A formula's cached result may be stale or depend on other sheets: values only.
      throw fileError("formulasNotAllowed", { cell: cell.address, line });
    default:
      return { kind: "other" };
  }
}

async function readXlsx(bytes: Uint8Array, headers: readonly (readonly string[])[]): Promise<ReadSheet> {
  checkZipSize(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw fileError("notSpreadsheet");
  }
  const meta = workbook.getWorksheet(META_SHEET);
  if (!meta || meta.getCell("A1").text !== TEMPLATE_MARK) throw fileError("wrongTemplate");
  const sheet = workbook.worksheets.find((s) => s.name !== META_SHEET);
  if (!sheet) throw fileError("wrongTemplate");
  if (sheet.rowCount - 1 > MAX_IMPORT_ROWS) throw fileError("tooManyRows", { max: MAX_IMPORT_ROWS });
  const header = sheet.getRow(1);
  for (const key of READ_COLUMNS)
    if (header.getCell(column(key)).isMerged) throw fileError("mergedCells", { cell: header.getCell(column(key)).address });
  checkHeader(
    IMPORT_COLUMNS.map((key) => header.getCell(column(key)).text),
    headers,
  );
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const cells = {} as Record<ReadColumn, Cell>;
    for (const key of READ_COLUMNS) cells[key] = xlsxCell(row.getCell(column(key)), line);
    rows.push({ line, cells });
  });
  return { format: "xlsx", projectId: meta.getCell("A2").text || null, rows };
}

/** CSV as Excel writes it: UTF-8 (with or without BOM), or the Windows code page of Russian Excel. */
function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw fileError("notSpreadsheet");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

function readCsv(bytes: Uint8Array, headers: readonly (readonly string[])[]): ReadSheet {
  const source = decodeText(bytes);
  // Russian Excel separates with ";" (the comma is its decimal mark); papaparse detects it.
  const parsed = Papa.parse<string[]>(source, { skipEmptyLines: "greedy" });
  const data = parsed.data;
  if (data.length === 0 || data[0].length < IMPORT_COLUMNS.length - 2) throw fileError("wrongTemplate");
  if (data.length - 1 > MAX_IMPORT_ROWS) throw fileError("tooManyRows", { max: MAX_IMPORT_ROWS });
  checkHeader(data[0], headers);
  const rows: SheetRow[] = [];
  for (let i = 1; i < data.length; i++) {
    const cells = {} as Record<ReadColumn, Cell>;
    for (const key of READ_COLUMNS) cells[key] = text(data[i][column(key) - 1] ?? "");
    rows.push({ line: i + 1, cells });
  }
  return { format: "csv", projectId: null, rows };
}

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The file's rows, or a ValidationError on field "file" saying why the whole file cannot be read. */
export async function readSpreadsheet(bytes: Uint8Array, headers: readonly (readonly string[])[]): Promise<ReadSheet> {
  if (bytes.length === 0) throw fileError("fileEmpty");
  if (bytes.length > MAX_IMPORT_BYTES) throw fileError("fileTooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (isZip(bytes)) return readXlsx(bytes, headers);
  // Old binary .xls, PDFs, images: not text, so not a CSV either.
  return readCsv(bytes, headers);
}
