import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/permissions";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { importTemplate, runImport, type TImportRequest } from "@/lib/imports/service";
import { reopenPeriod } from "@/lib/periods/service";

import { resetDb, testDb } from "./helpers/db";
import { counts } from "./helpers/evidence";
import { createPeriodWorld, fillTemplate, templateAsRussianCsv } from "./helpers/periods";

type World = Awaited<ReturnType<typeof createPeriodWorld>>;

const request = (w: World, overrides: Partial<TImportRequest> = {}): TImportRequest => ({
  projectId: w.project.id,
  periodId: w.period.id,
  mode: "dry",
  intent: "submit",
  confirmOutliers: false,
  ...overrides,
});

async function template(w: World, locale = "ru") {
  return (await importTemplate(w.ru as Actor, w.project.id, w.period.id, locale)).bytes;
}

/** The refusal's code, asserting it is a ValidationError about the file (or the named field). */
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).code;
}

describe("spreadsheet import", () => {
  beforeEach(resetDb);

  it("the template lists the project's indicators in the partner's language, with units, ranges and data validation", async () => {
    const w = await createPeriodWorld();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await template(w)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(8).text).toBe("Значение");
    const codes = [2, 3, 4].map((n) => sheet.getRow(n).getCell(1).text).sort();
    expect(codes).toEqual([w.percent.code, w.ordinal.code, w.count.code].sort());
    const ordinalRow = [2, 3, 4].map((n) => sheet.getRow(n)).find((r) => r.getCell(1).text === w.ordinal.code)!;
    expect(ordinalRow.getCell(2).text).toBe("Зрелость регистрации ИС");
    expect(ordinalRow.getCell(8).dataValidation).toMatchObject({ type: "whole", formulae: [0, 4] });
    expect(workbook.getWorksheet("synergia")?.state).toBe("veryHidden");
  });

  it("a dry run reports each row and stores nothing; the confirmation stores all of it with one audit entry and one snapshot", async () => {
    const w = await createPeriodWorld();
    const filled = await fillTemplate(await template(w), { [w.percent.code]: 80.5, [w.ordinal.code]: 3 });
    const before = await counts();
    const dry = await runImport(w.ru, request(w), { name: "h1.xlsx", bytes: filled }, "ru");
    expect(dry.counts).toEqual({ new: 2, changed: 0, unchanged: 0, empty: 1, refused: 0 });
    expect(await counts()).toEqual(before);

    const done = await runImport(w.ru, request(w, { mode: "confirm" }), { name: "h1.xlsx", bytes: filled }, "ru");
    expect(done.stored).toBe(2);
    const rows = await testDb().evidence.findMany({ where: { projectId: w.project.id }, include: { texts: true } });
    expect(rows.map((r) => [r.value, r.status, r.reportingPeriodId]).sort()).toEqual([
      [3, "SUBMITTED", w.period.id],
      [80.5, "SUBMITTED", w.period.id],
    ]);
    expect(rows[0].texts[0].locale).toBe("ru");
    const after = await counts();
    expect(after.audit - before.audit).toBe(1);
    expect(after.snapshots - before.snapshots).toBe(1);

    // The same file again: both values are there already, so nothing is new.
    const again = await runImport(w.ru, request(w), { name: "h1.xlsx", bytes: filled }, "ru");
    expect(again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 2 });
  });

  it("reads a CSV saved by Russian Excel (semicolons, decimal commas) and refuses an ambiguous or fractional count per row", async () => {
    const w = await createPeriodWorld();
    await testDb().indicator.update({ where: { id: w.count.id }, data: { unit: "persons" } });
    const csv = await templateAsRussianCsv(await template(w), { [w.percent.code]: "80,5", [w.count.code]: "12,5" });
    const dry = await runImport(w.ru, request(w), { name: "h1.csv", bytes: csv }, "ru");
    expect(dry.rows.find((r) => r.code === w.percent.code)).toMatchObject({ status: "new", value: 80.5 });
    expect(dry.rows.find((r) => r.code === w.count.code)).toMatchObject({ status: "refused", reason: { code: "wholeNumber" } });
    const before = await counts();
    expect(await refusal(runImport(w.ru, request(w, { mode: "confirm" }), { name: "h1.csv", bytes: csv }, "ru"))).toBe("importHasRefusals");
    expect(await counts()).toEqual(before);

    // On an English page "80,5" might mean 805 or 80.5: asked, not guessed.
    const en = await runImport(w.ru, request(w), { name: "h1.csv", bytes: csv }, "en");
    expect(en.rows.find((r) => r.code === w.percent.code)).toMatchObject({ status: "refused", reason: { code: "ambiguousComma" } });
  });

  describe("bad files get a clear reason and store nothing", () => {
    const cases: [string, (w: World) => Promise<Uint8Array>, string][] = [
      ["not a spreadsheet", async () => new TextEncoder().encode("%PDF-1.7\n\u0000binary"), "notSpreadsheet"],
      ["an empty file", async () => new Uint8Array(), "fileEmpty"],
      [
        "another workbook",
        async () => {
          const wb = new ExcelJS.Workbook();
          wb.addWorksheet("Sheet1").addRow(["a", "b"]);
          return new Uint8Array(await wb.xlsx.writeBuffer());
        },
        "wrongTemplate",
      ],
      [
        "a formula",
        async (w) => fillTemplate(await template(w), { [w.percent.code]: { formula: "40*2", result: 80 } }),
        "formulasNotAllowed",
      ],
      ["merged cells", async (w) => fillTemplate(await template(w), { [w.percent.code]: 5 }, (s) => s.mergeCells("H2:I2")), "mergedCells"],
      [
        "50,000 rows",
        async (w) => {
          const header = (await templateAsRussianCsv(await template(w), {})).slice(0, 400);
          const firstLine = new TextDecoder().decode(header).split("\r\n")[0];
          return new TextEncoder().encode([firstLine, ...Array.from({ length: 50_000 }, () => `${w.percent.code};;;;;;;1;;;;`)].join("\n"));
        },
        "tooManyRows",
      ],
    ];
    it.each(cases)("%s", async (_name, make, code) => {
      const w = await createPeriodWorld();
      const bytes = await make(w);
      const before = await counts();
      for (const mode of ["dry", "confirm"] as const) {
        expect(await refusal(runImport(w.ru, request(w, { mode }), { name: "x.xlsx", bytes }, "ru"))).toBe(code);
      }
      expect(await counts()).toEqual(before);
    });

    it("dates and numbers typed as text in the XLSX are refused row by row, and the file cannot be imported", async () => {
      const w = await createPeriodWorld();
      const bytes = await fillTemplate(await template(w), { [w.percent.code]: "80,5", [w.ordinal.code]: 2 }, (sheet) => {
        sheet.getRow(3).getCell(9).value = "01.02.2026";
      });
      const dry = await runImport(w.ru, request(w), { name: "x.xlsx", bytes }, "ru");
      const reasons = dry.rows.filter((r) => r.status === "refused").map((r) => r.reason?.code);
      expect(reasons.sort()).toEqual(["dateAsText", "numberAsText"].sort());
      const before = await counts();
      expect(await refusal(runImport(w.ru, request(w, { mode: "confirm" }), { name: "x.xlsx", bytes }, "ru"))).toBe("importHasRefusals");
      expect(await counts()).toEqual(before);
    });
  });

  it("a template of another project is refused", async () => {
    const w = await createPeriodWorld();
    const bytes = await fillTemplate(await template(w), {}, (sheet) => {
      sheet.workbook.getWorksheet("synergia")!.getCell("A2").value = "5d9f3c9e-8a61-4a43-9f59-2c0f5d1d8b10";
    });
    expect(await refusal(runImport(w.ru, request(w), { name: "x.xlsx", bytes }, "ru"))).toBe("templateOtherProject");
  });

  it("a locked period takes no import until an organizer reopens it", async () => {
    const w = await createPeriodWorld();
    const bytes = await fillTemplate(await template(w), { [w.ordinal.code]: 2 });
    await testDb().reportingPeriod.update({ where: { id: w.period.id }, data: { deadline: new Date("2026-01-01T00:00:00Z") } });
    const before = await counts();
    expect(await refusal(runImport(w.ru, request(w), { name: "x.xlsx", bytes }, "ru"))).toBe("periodLocked");
    expect(await counts()).toEqual(before);
    const period = await testDb().reportingPeriod.findUniqueOrThrow({ where: { id: w.period.id } });
    await reopenPeriod(w.organizer, {
      id: period.id,
      version: period.version,
      until: "2099-01-31",
      reason: "Late figures from the RU side",
    });
    expect((await runImport(w.ru, request(w, { mode: "confirm" }), { name: "x.xlsx", bytes }, "ru")).stored).toBe(1);
  });

  it("values far outside the project's history must be confirmed before they are imported", async () => {
    const w = await createPeriodWorld();
    const first = await fillTemplate(await template(w), { [w.percent.code]: 8 });
    await runImport(w.ru, request(w, { mode: "confirm" }), { name: "a.xlsx", bytes: first }, "ru");
    const second = await fillTemplate(await template(w), { [w.percent.code]: 80 });
    const dry = await runImport(w.ru, request(w), { name: "b.xlsx", bytes: second }, "ru");
    expect(dry.rows.find((r) => r.code === w.percent.code)).toMatchObject({
      status: "changed",
      current: 8,
      outlier: { reasons: ["history"] },
    });
    const before = await counts();
    expect(await refusal(runImport(w.ru, request(w, { mode: "confirm" }), { name: "b.xlsx", bytes: second }, "ru"))).toBe(
      "outliersUnconfirmed",
    );
    expect(await counts()).toEqual(before);
    await runImport(w.ru, request(w, { mode: "confirm", confirmOutliers: true }), { name: "b.xlsx", bytes: second }, "ru");
    const stored = await testDb().evidence.findFirstOrThrow({ where: { value: 80 } });
    expect(stored.outlier).toMatchObject({ reasons: ["history"] });
  });

  it("refuses roles that may not enter evidence on the project", async () => {
    const w = await createPeriodWorld();
    const bytes = await fillTemplate(await template(w), { [w.ordinal.code]: 2 });
    const before = await counts();
    for (const actor of [w.organizer, w.admin, w.outsider]) {
      await expect(runImport(actor, request(w, { mode: "confirm" }), { name: "x.xlsx", bytes }, "ru")).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(importTemplate(actor, w.project.id, w.period.id, "ru")).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await counts()).toEqual(before);
  });
});
