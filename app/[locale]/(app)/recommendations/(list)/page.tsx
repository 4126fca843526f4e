import { getTranslations, setRequestLocale } from "next-intl/server";

import { ExportLinks } from "@/components/exports/export-links";
import { ProgressBar } from "@/components/initiatives/progress-bar";
import { OverviewFilters } from "@/components/recommendations/overview-filters";
import { StatusDistribution } from "@/components/recommendations/status-distribution";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listForums } from "@/lib/forums/service";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { AREAS, ZOverviewFilter } from "@/lib/recommendations/schema";
import { listRecommendationsOverview } from "@/lib/recommendations/service";

type Search = Record<string, string | string[] | undefined>;

export default async function RecommendationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "recommendation.read");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
  const filter = ZOverviewFilter.parse(raw);
  const [rows, forums, t] = await Promise.all([listRecommendationsOverview(user, filter), listForums(user), getTranslations()]);
  return (
    <>
      <PageHeader
        title={t("recommendations.title")}
        intro={t("recommendations.intro")}
        actions={
          <>
            <Link href="/forums" className={buttonClass("ghost")}>
              {t("forums.title")}
            </Link>
            {can(user, "recommendation.manage") && (
              <Link href="/recommendations/new" className={buttonClass("secondary")}>
                {t("recommendations.form.new")}
              </Link>
            )}
            {can(user, "initiative.manage") && (
              <Link href="/initiatives/new" className={buttonClass("primary")}>
                {t("initiatives.new")}
              </Link>
            )}
          </>
        }
      />
      <OverviewFilters filter={filter} forums={forums.map((f) => ({ value: f.id, label: localized(f, "name", locale) }))} />
      <div className="mb-4">
        <ExportLinks
          path="/api/exports/initiatives"
          params={filter}
          locale={locale}
          label={t("exports.initiatives")}
          testId="export-initiatives"
        />
      </div>
      {rows.length === 0 && <p className="text-sm text-slate-600">{t("common.noResults")}</p>}
      <div className="space-y-6">
        {AREAS.filter((area) => rows.some((r) => r.area === area)).map((area) => (
          <Card key={area} title={t(`recommendations.areas.${area}`)}>
            <ul className="divide-y divide-slate-100">
              {rows
                .filter((r) => r.area === area)
                .map((r) => (
                  <li key={r.id} className="grid gap-2 py-3 md:grid-cols-[1fr_16rem]" data-testid={`recommendation-${r.code}`}>
                    <div>
                      <Link href={`/recommendations/${r.id}`} className="font-medium text-brand-700 hover:underline">
                        <span className="mr-2 text-slate-500">{r.code}</span>
                        {localized(r, "text", locale)}
                      </Link>
                      <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                        <span>{t("recommendations.initiativeCount", { count: r.initiativeCount })}</span>
                        {r.overdue > 0 && <Badge tone="red">{t("recommendations.overdue", { count: r.overdue })}</Badge>}
                        <StatusDistribution distribution={r.distribution} />
                      </div>
                    </div>
                    <ProgressBar
                      value={r.progress}
                      label={t("recommendations.progressOf", { code: r.code })}
                      emptyText={t("recommendations.noProgress")}
                    />
                  </li>
                ))}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}
