import "server-only";

import type { Actor } from "@/lib/auth/permissions";
import { localized } from "@/lib/i18n/localized";
import { listInitiativesAfter, type InitiativeExportRow } from "@/lib/initiatives/pages";
import type { TOverviewFilter } from "@/lib/recommendations/schema";

import { col, fileDate, type Cell, type ExportTable } from "../table";
import { translatorFor } from "../translate";
import { BATCH, pages } from "./paginate";

/** One line per milestone, the initiative's fields repeated; an initiative without milestones gets one line. */
export function initiativesTable(actor: Actor, filter: TOverviewFilter, requested: string): ExportTable {
  const { locale, t } = translatorFor(requested);
  const h = (key: string) => t(`exports.columns.${key}`);
  const lines = (row: InitiativeExportRow): Cell[][] => {
    const initiative: Cell[] = [
      row.recommendation.code,
      t(`recommendations.areas.${row.recommendation.area}`),
      localized(row, "title", locale),
      t(`initiatives.status.${row.status}`),
      row.progress / 100,
      row.startDate,
      row.dueDate,
      row.owners.map((o) => `${localized(o.organization, "name", locale)} (${t(`countries.${o.organization.country}`)})`).join("; "),
      row.responsible,
    ];
    if (row.milestones.length === 0) return [initiative];
    return row.milestones.map((m) => [
      ...initiative,
      m.title,
      m.dueDate,
      m.weight,
      m.completedAt,
      m.overdue ? t("common.yes") : t("common.no"),
    ]);
  };
  return {
    fileName: `initiatives-${fileDate()}`,
    sheet: t("exports.sheets.initiatives"),
    columns: [
      col.text(h("recommendation"), 12),
      col.text(h("area"), 28),
      col.text(h("initiative"), 48),
      col.text(h("status"), 16),
      col.percent(h("progress")),
      col.date(h("startDate")),
      col.date(h("dueDate")),
      col.text(h("owners"), 48),
      col.text(h("responsible"), 30),
      col.text(h("milestone"), 40),
      col.date(h("milestoneDue")),
      col.number(h("milestoneWeight")),
      col.datetime(h("milestoneMet")),
      col.text(h("overdue"), 10),
    ],
    rows: pages((cursor: string | null) => listInitiativesAfter(actor, filter, cursor, BATCH), lines),
  };
}
