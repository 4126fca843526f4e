/**
 * `npm run bench:import` — the spreadsheet import against the time exceljs needs just to read the
 * same file, measured in the same run (not a timed test). A throwaway embedded PostgreSQL gets the
 * catalog, a Chinese–Russian project and an open reporting period; a 10,000-row XLSX made from
 * the project's own template is then checked (dry run) and imported (confirmed: validated and
 * stored in one transaction, with its audit entry and score snapshot).
 * Goal: import (read + validate + store) ≤ 3 × read. The last line is one JSON object.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import ExcelJS from "exceljs";

import { createDb } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { isPercentUnit, isWholeUnit } from "@/lib/evidence/value-rules";
import { importTemplate, runImport } from "@/lib/imports/service";
import { openPeriod } from "@/lib/periods/service";
import { seedCatalogAndModel } from "@/lib/seed/catalog";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const READS = 3;
const say = (line: string) => process.stderr.write(`[bench:import] ${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), "synergia-bench-import-"));
  const pg = await startEmbeddedPostgres({ dataDir: dir, persistent: false });
  try {
    await migrate(pg.url);
    const db = createDb(pg.url, 4);
    // The services read their settings once, on first use: this run's database, a throwaway secret.
    process.env.DATABASE_URL = pg.url;
    process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");
    process.env.LOG_LEVEL ??= "warn";
    await db.$transaction((tx) => seedCatalogAndModel(tx));
    const org = (country: "CN" | "RU") =>
      db.organization.create({
        data: {
          nameEn: `Bench ${country}`,
          nameZh: "基准",
          nameRu: "Бенч",
          country,
          type: "ENTERPRISE",
          cityEn: "-",
          cityZh: "-",
          cityRu: "-",
        },
      });
    const [cn, ru] = [await org("CN"), await org("RU")];
    const partner = await db.user.create({
      data: { email: "bench.ru@example.test", name: "Bench RU", role: "PARTNER", status: "ACTIVE", locale: "ru", organizationId: ru.id },
    });
    const organizer = await db.user.create({
      data: { email: "bench.org@example.test", name: "Bench", role: "ORGANIZER", status: "ACTIVE" },
    });
    const project = await db.jointProject.create({
      data: {
        code: "SR-BENCH-0001",
        sector: "INTELLIGENT_MANUFACTURING",
        location: "Harbin",
        declaredStage: 1,
        status: "ACTIVE",
        startDate: new Date("1990-01-01"),
        originalLocale: "ru",
        partners: {
          create: [
            { organizationId: cn.id, role: "LEAD", status: "ACCEPTED" },
            { organizationId: ru.id, role: "PARTNER", status: "ACCEPTED" },
          ],
        },
      },
    });
    // A long period, so that 10,000 rows can each cover a day of their own (all in the past).
    const period = await openPeriod(organizer, {
      key: "BENCH",
      startsOn: "1990-01-01",
      endsOn: "2030-12-31",
      deadline: "2099-12-31",
      projectIds: [project.id],
    });

    say(`building a ${ROWS}-row XLSX from the project's template`);
    const template = await importTemplate(partner, project.id, period.id, "ru");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const indicators = await db.indicator.findMany({ where: { active: true }, orderBy: { code: "asc" } });
    sheet.spliceRows(2, sheet.rowCount);
    for (let i = 0; i < ROWS; i++) {
      const indicator = indicators[i % indicators.length];
      const day = new Date(Date.UTC(1990, 0, 1) + i * 86_400_000);
      const value =
        indicator.kind === "ORDINAL"
          ? i % 5
          : isWholeUnit(indicator.unit)
            ? 10 + (i % 7)
            : isPercentUnit(indicator.unit)
              ? 40 + (i % 9) / 2
              : 12.5 + (i % 11);
      sheet.addRow([indicator.code, "", "", "", null, null, null, value, day, day, `Row ${i + 2}`, ""]);
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    say(`file: ${(bytes.length / 1024).toFixed(0)} KB`);

    // Warm both paths once (module loading, JIT), then measure.
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const reads: number[] = [];
    for (let i = 0; i < READS; i++) reads.push((await time(() => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer)))[1]);
    const readMs = median(reads);
    const file = { name: "bench.xlsx", bytes };
    const base = { projectId: project.id, periodId: period.id, intent: "draft" as const, confirmOutliers: true };
    const [dry, dryMs] = await time(() => runImport(partner, { ...base, mode: "dry" }, file, "ru"));
    if (dry.counts.refused > 0)
      throw new Error(`the bench file has refused rows: ${JSON.stringify(dry.rows.find((r) => r.status === "refused"))}`);
    const [done, importMs] = await time(() => runImport(partner, { ...base, mode: "confirm" }, file, "ru"));
    const stored = await db.evidence.count({ where: { projectId: project.id } });
    if (done.stored !== ROWS || stored !== ROWS) throw new Error(`stored ${stored} of ${ROWS} rows`);
    say(`read ${readMs.toFixed(0)} ms (median of ${READS}); dry run ${dryMs.toFixed(0)} ms; import ${importMs.toFixed(0)} ms`);
    const ratio = importMs / readMs;
    say(`goal: import ≤ 3 × read — ${ratio <= 3 ? "met" : "NOT met"} (${ratio.toFixed(2)} ×)`);
    await db.$disconnect();
    console.log(
      JSON.stringify({
        rows: ROWS,
        importMs: Math.round(importMs),
        readMs: Math.round(readMs),
        ratio: Number(ratio.toFixed(2)),
        dryRunMs: Math.round(dryMs),
      }),
    );
  } finally {
    await pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
