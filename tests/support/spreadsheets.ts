import ExcelJS from "exceljs";

/**
 * The template as Russian Excel saves it as CSV: semicolons, decimal commas, dd.mm.yyyy dates.
 * Shared by the integration tests and the browser walk-through of the import.
 */
export async function templateAsRussianCsv(bytes: Uint8Array, values: Record<string, string>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const lines: string[] = [];
  workbook.worksheets[0].eachRow((row, line) => {
    const cells = (row.values as ExcelJS.CellValue[])
      .slice(1, 13)
      .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10).split("-").reverse().join(".") : String(v ?? "")));
    while (cells.length < 12) cells.push("");
    if (line > 1) cells[7] = values[cells[0]] ?? "";
    lines.push(cells.map((c) => (/[;"\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(";"));
  });
  return new TextEncoder().encode(lines.join("\r\n"));
}
