import { getTranslations } from "next-intl/server";

import {
  AGE_BUCKETS,
  GROUPINGS,
  laggingDimension,
  type BacklogRow,
  type PortfolioOverview,
  type TrendPoint,
} from "@/lib/portfolio/service";
import { backlogTable, balanceTable, distributionTable, type Labels } from "@/lib/portfolio/tables";
import { DIMENSIONS } from "@/lib/scoring";

import { BarChart, StackedBarChart } from "./bar-chart";
import { ChartSection } from "./chart-section";
import type { PortfolioFormat } from "./format";
import { TrendSection } from "./trend-section";

type Props = {
  overview: PortfolioOverview;
  backlog: BacklogRow[];
  trend: TrendPoint[];
  labels: Labels;
  fmt: PortfolioFormat;
  /** `/api/portfolio/csv?…` for a table, with the page's filters and language. */
  csvHref: (table: string) => string;
};

/** Every section of the dashboard; the numbers come computed (SQL) and are only formatted here. */
export async function PortfolioOverviewView({ overview, backlog, trend, labels, fmt, csvHref }: Props) {
  const t = await getTranslations("portfolio");
  const common = { csvLabel: t("csv"), tableLabel: t("showTable") };
  const { total, distributions } = overview;
  const lag = laggingDimension(total);
  const lagSectors = distributions.sector.filter((b) => lag && laggingDimension(b) === lag).map((b) => labels.key("sector", b.key));
  const balance = balanceTable(total, distributions.sector, laggingDimension, labels);
  const backlogRows = backlogTable(backlog, labels);
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        {GROUPINGS.map((g) => {
          const table = distributionTable(g, distributions[g], labels);
          const title = t(`sections.${g}`);
          return (
            <ChartSection
              key={g}
              id={g}
              title={title}
              note={g === "pair" || g === "binding" ? t(`notes.${g}`) : undefined}
              head={table.head}
              rows={fmt.cells(table)}
              csvHref={csvHref(g)}
              {...common}
              chart={
                <BarChart
                  alt={t("chartAlt", { title })}
                  bars={distributions[g].map((b) => ({ label: labels.key(g, b.key), value: b.projects, text: fmt.count(b.projects) }))}
                />
              }
            />
          );
        })}
      </div>

      <ChartSection
        id="balance"
        title={t("sections.balance")}
        note={t("notes.balance")}
        head={balance.head}
        rows={fmt.cells(balance)}
        csvHref={csvHref("balance")}
        {...common}
        chart={
          <BarChart
            alt={t("chartAlt", { title: t("sections.balance") })}
            max={1}
            bars={DIMENSIONS.map((d) => ({ label: labels.dimension(d), value: total.mean[d] ?? 0, text: fmt.score(total.mean[d]) }))}
          />
        }
      >
        {lag && (
          <p className="text-sm text-slate-800" data-testid="lag-headline">
            {t("lagHeadline", { dimension: labels.dimension(lag), value: fmt.score(total.mean[lag]) })}{" "}
            {lagSectors.length > 0 && t("lagWhere", { count: lagSectors.length, sectors: lagSectors.join(" · ") })}
          </p>
        )}
      </ChartSection>

      <ChartSection
        id="backlog"
        title={t("sections.backlog")}
        note={t("notes.backlog")}
        head={backlogRows.head}
        rows={fmt.cells(backlogRows)}
        csvHref={csvHref("backlog")}
        {...common}
        chart={
          <StackedBarChart
            alt={t("chartAlt", { title: t("sections.backlog") })}
            parts={AGE_BUCKETS.map((a) => labels.age(a))}
            rows={backlog.map((r) => ({
              label: labels.organization(r),
              values: AGE_BUCKETS.map((a) => r.ages[a]),
              text: fmt.count(r.total),
            }))}
          />
        }
      />

      <TrendSection trend={trend} labels={labels} fmt={fmt} csvHref={csvHref("trend")} />
    </div>
  );
}
