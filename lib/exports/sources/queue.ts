import "server-only";

import type { Actor } from "@/lib/auth/permissions";
import { listAwaitingAfter, type AwaitingExportRow } from "@/lib/evidence/pages";
import { localized } from "@/lib/i18n/localized";
import { pickTitle } from "@/lib/projects/texts";

import { col, fileDate, type Cell, type ExportTable } from "../table";
import { translatorFor } from "../translate";
import { BATCH, pages } from "./paginate";

/** Everything waiting for the reader's verification, as on /evidence. */
export function queueTable(actor: Actor, requested: string): ExportTable {
  const { locale, t } = translatorFor(requested);
  const h = (key: string) => t(`exports.columns.${key}`);
  const line = (row: AwaitingExportRow): Cell[] => [
    row.project.code,
    pickTitle(row.project.texts, row.project.originalLocale, locale) ?? "",
    row.indicator.code,
    localized(row.indicator, "name", locale),
    t(`scores.dimensions.${row.indicator.dimension}`),
    row.value,
    row.indicator.unit,
    row.periodStart,
    row.periodEnd,
    localized(row.organization, "name", locale),
    t(`countries.${row.organization.country}`),
    row.submittedBy?.name ?? "",
    row.submittedAt,
  ];
  return {
    fileName: `verification-queue-${fileDate()}`,
    sheet: t("exports.sheets.queue"),
    columns: [
      col.text(h("code"), 14),
      col.text(h("project"), 40),
      col.text(h("indicatorCode"), 10),
      col.text(h("indicator"), 36),
      col.text(h("dimension"), 20),
      col.number(h("value")),
      col.text(h("unit"), 10),
      col.date(h("periodStart")),
      col.date(h("periodEnd")),
      col.text(h("organization"), 32),
      col.text(h("country"), 10),
      col.text(h("submittedBy"), 20),
      col.datetime(h("submittedAt")),
    ],
    rows: pages(
      (cursor: string | null) => listAwaitingAfter(actor, cursor, BATCH),
      (row) => [line(row)],
    ),
  };
}
