import "server-only";

import { PassThrough, Readable } from "node:stream";

import ExcelJS from "exceljs";

import type { Cell, CellType, ExportTable } from "./table";

const NUM_FMT: Partial<Record<CellType, string>> = {
  number: "0.000",
  integer: "0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
};

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet1";

function value(cell: Cell, type: CellType): ExcelJS.CellValue {
  if (cell === null || cell === undefined || cell === "") return null;
  if (type === "text") return String(cell);
  if (typeof cell === "number" && !Number.isFinite(cell)) return null;
  return cell;
}

function drained(stream: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.once("drain", done);
    stream.once("close", done);
  });
}

/**
 * The table as an XLSX stream, written row by row with exceljs' streaming WorkbookWriter: each
 * committed row leaves memory. Typed number and date cells, a frozen header row, column widths.
 * Rows are pulled from the source only as fast as the response is read (backpressure on the
 * pass-through stream).
 */
export function xlsxStream(table: ExportTable): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = "Synergia";
  const sheet = workbook.addWorksheet(sheetName(table.sheet), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.width,
    style: NUM_FMT[c.type] ? { numFmt: NUM_FMT[c.type] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  const write = async () => {
    let n = 0;
    for await (const cells of table.rows) {
      sheet.addRow(table.columns.map((c, i) => value(cells[i], c.type))).commit();
      // Let the archive flush and wait while the reader is behind.
      if (++n % 200 === 0 && out.writableNeedDrain) await drained(out);
      // The reader went away (download cancelled): stop reading from the database.
      if (out.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
