import { getTranslations, setRequestLocale } from "next-intl/server";

import { ExportLinks } from "@/components/exports/export-links";
import { Pagination } from "@/components/projects/pagination";
import { ProjectFilters } from "@/components/projects/project-filters";
import { ProjectTable } from "@/components/projects/project-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { listOrganizations } from "@/lib/organizations/service";
import { listProjects } from "@/lib/projects/queries";
import { ZProjectListQuery } from "@/lib/projects/schema";

type Search = Record<string, string | string[] | undefined>;

export default async function ProjectsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "project.read");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const query = ZProjectListQuery.parse(raw);
  const [result, orgs, t] = await Promise.all([listProjects(user, query, locale), listOrganizations(user), getTranslations("projects")]);
  const kept = Object.fromEntries(
    Object.entries(query)
      .filter(([k, v]) => k !== "page" && v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <>
            {can(user, "regionMap.read") && (
              <Link href="/portfolio/map" className={buttonClass("secondary")}>
                {t("regionMap")}
              </Link>
            )}
            {can(user, "project.create") && (
              <Link href="/projects/new" className={buttonClass("primary")}>
                {t("new")}
              </Link>
            )}
          </>
        }
      />
      <ProjectFilters
        query={query}
        organizations={orgs.map((o) => ({ value: o.id, label: localized(o, "name", locale) }))}
        locale={locale}
      />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600" data-testid="project-count">
          {result.capped ? t("countCapped", { count: result.total }) : t("count", { count: result.total })}
        </p>
        <ExportLinks
          path="/api/exports/projects"
          params={kept}
          locale={locale}
          label={(await getTranslations("exports"))("listHint")}
          testId="export-projects"
        />
      </div>
      <ProjectTable rows={result.rows} locale={locale} />
      <Pagination
        params={kept}
        page={result.page}
        hasNext={result.page * result.pageSize < result.total || (result.capped && result.rows.length === result.pageSize)}
      />
    </>
  );
}
