import ExcelJS from "exceljs";

import { exportResponse } from "@/lib/exports/response";
import type { ExportTable } from "@/lib/exports/table";

/** The CSV a browser would download: whether it starts with the UTF-8 byte-order mark, its text and lines. */
export async function downloadCsv(table: ExportTable, locale = "en") {
  const bytes = new Uint8Array(await (await exportResponse(table, "csv", locale)).arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder().decode(bytes);
  return { bom, text, lines: text.trimEnd().split("\r\n") };
}

/** The XLSX a browser would download, read back with exceljs as a spreadsheet program would. */
export async function downloadXlsx(table: ExportTable, locale = "en") {
  const bytes = await (await exportResponse(table, "xlsx", locale)).arrayBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0];
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { sheet, rows };
}
