import { getTranslations, setRequestLocale } from "next-intl/server";

import { portfolioFormat } from "@/components/portfolio/format";
import { PortfolioOverviewView } from "@/components/portfolio/overview";
import { PortfolioFilters, PortfolioTabs } from "@/components/portfolio/portfolio-filters";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { portfolioLabels } from "@/lib/portfolio/labels";
import { filterParams, firstValues, ZPortfolioFilter } from "@/lib/portfolio/schema";
import { getPortfolioOverview, getScoreTrend, getVerificationBacklog } from "@/lib/portfolio/service";

type Search = Record<string, string | string[] | undefined>;

export default async function PortfolioPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "portfolio.read");
  const filter = ZPortfolioFilter.parse(firstValues(await searchParams));
  const [overview, backlog, trend, t] = await Promise.all([
    getPortfolioOverview(user, filter),
    getVerificationBacklog(user, filter),
    getScoreTrend(user, filter),
    getTranslations("portfolio"),
  ]);
  const labels = portfolioLabels(locale);
  const fmt = portfolioFormat(locale);
  const kept = filterParams(filter);
  const csvHref = (table: string) => `/api/portfolio/csv?${new URLSearchParams({ ...kept, table, locale }).toString()}`;
  const { total } = overview;
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={can(user, "portfolio.readAll") ? t("intro") : `${t("intro")} ${t("introPartner")}`}
        actions={
          can(user, "regionMap.read") && (
            <Link href="/portfolio/map" className={buttonClass("secondary")} data-testid="portfolio-map-link">
              {t("regionMap")}
            </Link>
          )
        }
      />
      <PortfolioTabs current="overview" params={kept} />
      <PortfolioFilters filter={filter} locale={locale} path="/portfolio" />
      <p className="mb-4 text-sm text-slate-700" data-testid="portfolio-summary">
        {total.projects === 0
          ? t("empty")
          : t("summary", { projects: total.projects, assessed: total.assessed, meanD: fmt.score(total.meanD) })}
      </p>
      {total.projects > 0 && (
        <PortfolioOverviewView overview={overview} backlog={backlog} trend={trend} labels={labels} fmt={fmt} csvHref={csvHref} />
      )}
    </>
  );
}
