import "server-only";

import type { Actor } from "@/lib/auth/permissions";
import { localized } from "@/lib/i18n/localized";
import { listProjectsAfter, type ProjectCursor, type ProjectListRow } from "@/lib/projects/queries";
import type { TProjectListQuery } from "@/lib/projects/schema";

import { col, fileDate, type Cell, type ExportTable } from "../table";
import { levelLabel, translatorFor } from "../translate";
import { BATCH, pages } from "./paginate";

/** The project list with the page's filters and order, every page of it. */
export function projectsTable(actor: Actor, filter: TProjectListQuery, requested: string): ExportTable {
  const { locale, t } = translatorFor(requested);
  const h = (key: string) => t(`exports.columns.${key}`);
  const partners = (row: ProjectListRow, country: "CN" | "RU") =>
    row.partners
      .filter((p) => p.organization.country === country)
      .map((p) => localized(p.organization, "name", locale))
      .join("; ");
  const line = (row: ProjectListRow): Cell[] => [
    row.code,
    row.title,
    t(`projects.sectors.${row.sector}`),
    t(`projects.statuses.${row.status}`),
    row.location,
    row.declaredStage,
    row.latestStage,
    row.latestD,
    row.latestLevel,
    levelLabel(t, row.latestLevel),
    partners(row, "CN"),
    partners(row, "RU"),
    row.startDate,
    row.endDate,
    row.updatedAt,
  ];
  return {
    fileName: `projects-${fileDate()}`,
    sheet: t("exports.sheets.projects"),
    columns: [
      col.text(h("code"), 14),
      col.text(h("title"), 48),
      col.text(h("sector"), 24),
      col.text(h("status"), 12),
      col.text(h("location"), 20),
      col.integer(h("declaredStage")),
      col.integer(h("stage")),
      col.number(h("d")),
      col.integer(h("level")),
      col.text(h("levelLabel"), 24),
      col.text(h("partnersCn"), 36),
      col.text(h("partnersRu"), 36),
      col.date(h("startDate")),
      col.date(h("endDate")),
      col.datetime(h("updatedAt")),
    ],
    rows: pages(
      (cursor: ProjectCursor | null) => listProjectsAfter(actor, filter, locale, cursor, BATCH),
      (row) => [line(row)],
    ),
  };
}
