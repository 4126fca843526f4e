import { getTranslations } from "next-intl/server";

import { DataTable } from "@/components/ui/data-table";
import { getFormatter } from "@/lib/i18n/formatter";
import type { ProjectListRow } from "@/lib/projects/queries";
import type { TProjectStatus } from "@/lib/projects/schema";
import { regionName } from "@/lib/regions/catalog";

import { ProjectRows, type ProjectRow } from "./project-rows";

/** One page of projects; titles in the reader's language where a person translated them. */
export async function ProjectTable({ rows, locale }: { rows: ProjectListRow[]; locale: string }) {
  const [t, format, common, countryName] = await Promise.all([
    getTranslations("projects"),
    getFormatter(),
    getTranslations("common"),
    getTranslations("countries"),
  ]);
  const toRow = (p: ProjectListRow): ProjectRow => ({
    id: p.id,
    code: p.code,
    title: p.title,
    lang: p.titleLocale === "zh" ? "zh-Hans" : p.titleLocale,
    outdated: p.titleStatus === "outdated" ? t("text.outdated") : null,
    tags: p.alignment.map((tag) => ({ key: tag, label: t(`alignmentTags.${tag}`) })),
    sector: t(`sectors.${p.sector}`),
    region: p.regionCode ? regionName(p.regionCode, locale) : null,
    status: p.status as TProjectStatus,
    statusLabel: t(`statuses.${p.status as TProjectStatus}`),
    countries: [...new Set(p.partners.map((x) => x.organization.country))].sort().map((c) => ({ code: c, label: countryName(c) })),
    stage: p.latestStage ? t(`stages.s${p.latestStage as 1}`) : t("list.notAssessed"),
    score: p.latestD === null ? "—" : `${format.number(p.latestD, { maximumFractionDigits: 3 })} · ${t("fields.level")} ${p.latestLevel}`,
    updated: format.dateTime(p.updatedAt, { dateStyle: "medium" }),
  });
  return (
    <DataTable
      testId="project-table"
      caption={t("list.results")}
      headers={[
        t("list.project"),
        t("fields.sector"),
        t("fields.status"),
        t("fields.partners"),
        t("list.stage"),
        t("fields.d"),
        t("fields.updated"),
      ]}
      footer={rows.length === 0 && <p className="p-4 text-sm text-slate-600">{common("noResults")}</p>}
    >
      <ProjectRows rows={rows.map(toRow)} />
    </DataTable>
  );
}
