import { getFormatter, getTranslations } from "next-intl/server";

import { DataTable } from "@/components/ui/data-table";
import { Link } from "@/lib/i18n/navigation";
import type { ProjectListRow } from "@/lib/projects/queries";
import type { TProjectStatus } from "@/lib/projects/schema";
import { regionName } from "@/lib/regions/catalog";

import { CountryLabel, ProjectStatusLabel } from "./badges";

/** One page of projects; titles in the reader's language where a person translated them. */
export async function ProjectTable({ rows, locale }: { rows: ProjectListRow[]; locale: string }) {
  const [t, format, common, countryName] = await Promise.all([
    getTranslations("projects"),
    getFormatter(),
    getTranslations("common"),
    getTranslations("countries"),
  ]);
  return (
    <DataTable
      testId="project-table"
      caption={t("list.results")}
      headers={[
        t("fields.code"),
        t("fields.title"),
        t("fields.sector"),
        t("fields.status"),
        t("fields.partners"),
        t("list.stage"),
        t("fields.d"),
        t("fields.updated"),
      ]}
      footer={rows.length === 0 && <p className="p-4 text-sm text-slate-600">{common("noResults")}</p>}
    >
      {rows.map((p) => {
        const countries = [...new Set(p.partners.map((x) => x.organization.country))].sort();
        return (
          <tr key={p.id}>
            <td className="px-4 py-2 font-mono text-xs whitespace-nowrap">{p.code}</td>
            <td className="px-4 py-2">
              <Link
                href={`/projects/${p.id}`}
                className="font-medium text-brand-700 hover:underline"
                lang={p.titleLocale === "zh" ? "zh-Hans" : p.titleLocale}
              >
                {p.title}
              </Link>
              {p.titleStatus === "outdated" && <span className="ml-2 text-xs text-amber-800">{t("text.outdated")}</span>}
              {p.alignment.length > 0 && (
                <span className="mt-1 flex flex-wrap gap-1" data-testid="alignment-tags">
                  {p.alignment.map((tag) => (
                    <span key={tag} className="rounded bg-sky-50 px-1.5 py-0.5 text-xs text-sky-900">
                      {t(`alignmentTags.${tag}`)}
                    </span>
                  ))}
                </span>
              )}
            </td>
            <td className="px-4 py-2">
              {t(`sectors.${p.sector}`)}
              {p.regionCode && <span className="block text-xs text-slate-600">{regionName(p.regionCode, locale)}</span>}
            </td>
            <td className="px-4 py-2">
              <ProjectStatusLabel status={p.status as TProjectStatus} label={t(`statuses.${p.status as TProjectStatus}`)} />
            </td>
            <td className="px-4 py-2">
              <span className="flex gap-1">
                {countries.map((c) => (
                  <CountryLabel key={c} country={c} label={countryName(c)} />
                ))}
              </span>
            </td>
            <td className="px-4 py-2">{p.latestStage ? t(`stages.s${p.latestStage as 1}`) : t("list.notAssessed")}</td>
            <td className="px-4 py-2 tabular-nums">
              {p.latestD === null
                ? "—"
                : `${format.number(p.latestD, { maximumFractionDigits: 3 })} · ${t("fields.level")} ${p.latestLevel}`}
            </td>
            <td className="px-4 py-2 whitespace-nowrap">{format.dateTime(p.updatedAt, { dateStyle: "medium" })}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
