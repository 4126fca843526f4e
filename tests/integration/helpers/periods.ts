import ExcelJS from "exceljs";

import type { Actor } from "@/lib/auth/permissions";
import { openPeriod } from "@/lib/periods/service";

import { createUser, uniqueName } from "./db";
import { createCatalog, createProjectWorld } from "./evidence";

export { templateAsRussianCsv } from "../../support/spreadsheets";

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
