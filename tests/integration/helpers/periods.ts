import ExcelJS from "exceljs";

import type { Actor } from "@/lib/auth/permissions";
import { openPeriod } from "@/lib/periods/service";

import { createUser, uniqueName } from "./db";
import { createCatalog, createProjectWorld } from "./evidence";

/** The evidence world plus an organizer and an open period (2026-H1, deadline far ahead) for its project. */
export async function createPeriodWorld(options: { deadline?: string } = {}) {
  const catalog = await createCatalog();
  const world = await createProjectWorld();
  const organizer = await createUser({ role: "ORGANIZER" });
  const period = await openPeriod(organizer as Actor, {
    key: uniqueName("2026-H1"),
    startsOn: "2026-01-01",
    endsOn: "2026-06-30",
    deadline: options.deadline ?? "2099-12-31",
    projectIds: [world.project.id],
  });
  return { ...catalog, ...world, organizer, period };
}

/** Fills the template's Value column (by indicator code) the way a person in Excel would. */
export async function fillTemplate(
  bytes: Uint8Array,
  values: Record<string, ExcelJS.CellValue>,
  edit?: (sheet: ExcelJS.Worksheet) => void,
) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const code = row.getCell(1).text;
    if (code in values) row.getCell(8).value = values[code];
  });
  edit?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The template as Russian Excel saves it as CSV: semicolons, decimal commas, dd.mm.yyyy dates. */
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
