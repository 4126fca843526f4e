import { getTranslations, setRequestLocale } from "next-intl/server";

import { portfolioFormat } from "@/components/portfolio/format";
import { PortfolioFilters, PortfolioTabs } from "@/components/portfolio/portfolio-filters";
import { RankingTable } from "@/components/portfolio/ranking-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { getRanking, RANKING_PAGE_SIZE, RANKING_SETTINGS } from "@/lib/portfolio/ranking";
import { filterParams, firstValues, ZRankingQuery } from "@/lib/portfolio/schema";
import { DIMENSIONS } from "@/lib/scoring";

type Search = Record<string, string | string[] | undefined>;

export default async function PortfolioRankingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "portfolio.read");
  const query = ZRankingQuery.parse(firstValues(await searchParams));
  const [ranking, t] = await Promise.all([getRanking(user, query, query.page, locale), getTranslations()]);
  const fmt = portfolioFormat(locale);
  const kept = filterParams(query);
  const pageHref = (page: number) => `/portfolio/ranking?${new URLSearchParams({ ...kept, page: String(page) }).toString()}`;
  const from = (ranking.page - 1) * RANKING_PAGE_SIZE + 1;
  const to = Math.min(ranking.total, ranking.page * RANKING_PAGE_SIZE);
  const weights = DIMENSIONS.map((d) => `${t(`scores.dimensions.${d}`)} ${fmt.percent(ranking.weights[d])}`).join(", ");
  return (
    <>
      <PageHeader title={t("portfolio.title")} intro={t("portfolio.ranking.intro")} />
      <PortfolioTabs current="ranking" params={kept} />
      <PortfolioFilters filter={query} locale={locale} path="/portfolio/ranking" />
      <p className="mb-2 text-xs text-slate-600" data-testid="ranking-settings">
        {t("portfolio.ranking.settings", {
          weights,
          runs: RANKING_SETTINGS.runs,
          low: fmt.score(1 - RANKING_SETTINGS.noise),
          high: fmt.score(1 + RANKING_SETTINGS.noise),
          seed: String(RANKING_SETTINGS.seed),
        })}
      </p>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
        <span data-testid="ranking-count">{t("portfolio.ranking.count", { count: ranking.total })}</span>
        <a
          href={`/api/portfolio/csv?${new URLSearchParams({ ...kept, table: "ranking", locale }).toString()}`}
          download
          className="text-brand-700 underline"
        >
          {t("portfolio.csv")}
        </a>
      </div>
      {ranking.total === 0 ? (
        <p className="text-sm text-slate-700">{t("portfolio.empty")}</p>
      ) : (
        <>
          <RankingTable ranking={ranking} fmt={fmt} />
          <nav aria-label={t("portfolio.ranking.title")} className="mt-4 flex items-center gap-3 text-sm">
            {ranking.page > 1 && (
              <Link href={pageHref(ranking.page - 1)} className={buttonClass("secondary")}>
                {t("portfolio.ranking.previous")}
              </Link>
            )}
            <span>{t("portfolio.ranking.pageOf", { from, to, total: ranking.total })}</span>
            {to < ranking.total && (
              <Link href={pageHref(ranking.page + 1)} className={buttonClass("secondary")}>
                {t("portfolio.ranking.next")}
              </Link>
            )}
          </nav>
        </>
      )}
    </>
  );
}
