import "server-only";

import type { Actor } from "@/lib/auth/permissions";

import { portfolioLabels } from "./labels";
import { getRanking } from "./ranking";
import type { TPortfolioFilter } from "./schema";
import { getPortfolioOverview, getScoreTrend, getVerificationBacklog, GROUPINGS, laggingDimension, type Grouping } from "./service";
import { backlogTable, balanceTable, distributionTable, toCsv, trendTable, type Table } from "./tables";

export type ExportTable = Grouping | "balance" | "backlog" | "trend" | "ranking";

/** One of the dashboard's tables as CSV, computed for the actor exactly as the page shows it. */
export async function portfolioCsv(actor: Actor, table: ExportTable, filter: TPortfolioFilter, locale: string): Promise<string> {
  const labels = portfolioLabels(locale);
  let out: Table;
  if ((GROUPINGS as readonly string[]).includes(table) || table === "balance") {
    const overview = await getPortfolioOverview(actor, filter);
    out =
      table === "balance"
        ? balanceTable(overview.total, overview.distributions.sector, laggingDimension, labels)
        : distributionTable(table as Grouping, overview.distributions[table as Grouping], labels);
  } else if (table === "backlog") {
    out = backlogTable(await getVerificationBacklog(actor, filter), labels);
  } else if (table === "trend") {
    out = trendTable(await getScoreTrend(actor, filter), labels, (p) => `${p.key} (${p.startsOn}/${p.endsOn})`);
  } else {
    const ranking = await getRanking(actor, filter, 1, locale, Number.MAX_SAFE_INTEGER);
    out = {
      head: ["rank", "rank_p5", "rank_p95", "code", "title", "sector", "topsis_closeness", "d"],
      rows: ranking.rows.map((r) => [r.rank, r.low, r.high, r.code, r.title, labels.key("sector", r.sector), r.closeness, r.d]),
      scores: [6, 7],
    };
  }
  return toCsv(out);
}
