import "server-only";

import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";

import { MAX_QUANTITY } from "@/lib/evidence/schema";
import { isPercentUnit, isWholeUnit, ORDINAL_MAX, ORDINAL_MIN } from "@/lib/evidence/value-rules";
import { messagesByLocale } from "@/lib/i18n/messages";
import { isLocale, locales, type AppLocale } from "@/lib/i18n/routing";

import { IMPORT_COLUMNS, META_SHEET, TEMPLATE_MARK } from "./read";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

export function translator(locale: string): Translate {
  const lang: AppLocale = isLocale(locale) ? locale : "en";
  return createTranslator({ locale: lang, messages: messagesByLocale[lang] }) as unknown as Translate;
}

/** The column labels in every language: an upload in any of them is recognized. */
export function headerLabels(): string[][] {
  return locales.map((l) => {
    const t = translator(l);
    return IMPORT_COLUMNS.map((key) => t(`imports.columns.${key}`));
  });
}

export type TemplateIndicator = {
  id: string;
  code: string;
  name: string;
  unit: string;
  kind: "QUANTITATIVE" | "ORDINAL";
  baseline: number | null;
  target: number | null;
  current: number | null;
};

type Bounds = { type: "whole" | "decimal"; min: number; max: number };

function boundsOf(indicator: { kind: "QUANTITATIVE" | "ORDINAL"; unit: string }): Bounds {
  if (indicator.kind === "ORDINAL") return { type: "whole", min: ORDINAL_MIN, max: ORDINAL_MAX };
  return { type: isWholeUnit(indicator.unit) ? "whole" : "decimal", min: 0, max: isPercentUnit(indicator.unit) ? 100 : MAX_QUANTITY };
}

/**
 * The XLSX a partner fills: one row per indicator of the project, labels and units in the
 * partner's language, Excel's own data validation on the value and the dates, and a hidden sheet
 * that tells the upload which template (and project) it came from.
 */
export async function buildTemplate(options: {
  locale: string;
  projectId: string;
  projectCode: string;
  period: { id: string; key: string; startsOn: Date; endsOn: Date };
  indicators: readonly TemplateIndicator[];
}): Promise<Uint8Array> {
  const { locale, period } = options;
  const t = translator(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Synergia";
  const sheet = workbook.addWorksheet(t("imports.template.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((key) => ({
    header: t(`imports.columns.${key}`),
    key,
    width: key === "indicator" || key === "narrative" ? 40 : key === "sourceUrl" ? 30 : 14,
  }));
  sheet.getRow(1).font = { bold: true };
  const number = new Intl.NumberFormat(locale);
  for (const indicator of options.indicators) {
    const bounds = boundsOf(indicator);
    const allowed =
      bounds.max === MAX_QUANTITY
        ? t(bounds.type === "whole" ? "imports.template.atLeastWhole" : "imports.template.atLeast", { min: number.format(bounds.min) })
        : t(bounds.type === "whole" ? "imports.template.rangeWhole" : "imports.template.range", {
            min: number.format(bounds.min),
            max: number.format(bounds.max),
          });
    const row = sheet.addRow({
      code: indicator.code,
      indicator: indicator.name,
      unit: t.has(`catalog.units.${indicator.unit}`) ? t(`catalog.units.${indicator.unit}`) : indicator.unit,
      allowed,
      baseline: indicator.baseline ?? undefined,
      target: indicator.target ?? undefined,
      current: indicator.current ?? undefined,
      periodStart: period.startsOn,
      periodEnd: period.endsOn,
    });
    row.getCell("value").dataValidation = {
      type: bounds.type,
      operator: "between",
      formulae: [bounds.min, bounds.max],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: t("imports.template.valueErrorTitle"),
      error: `${t("imports.template.valueError")} ${allowed}`,
    };
    for (const key of ["periodStart", "periodEnd"] as const) {
      const cell = row.getCell(key);
      cell.numFmt = "yyyy-mm-dd";
      cell.dataValidation = {
        type: "date",
        operator: "between",
        formulae: [period.startsOn, period.endsOn],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: t("imports.template.dateErrorTitle"),
        error: t("imports.template.dateError", { period: period.key }),
      };
    }
    row.getCell("value").numFmt = bounds.type === "whole" ? "0" : "General";
  }
  const meta = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  meta.getCell("A1").value = TEMPLATE_MARK;
  meta.getCell("A2").value = options.projectId;
  meta.getCell("A3").value = period.id;
  meta.getCell("A4").value = locale;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
