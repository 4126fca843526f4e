import { getTranslations } from "next-intl/server";

import { DataTable } from "@/components/ui/data-table";
import { Link } from "@/lib/i18n/navigation";
import type { RankingPage } from "@/lib/portfolio/ranking";

import type { PortfolioFormat } from "./format";

/** One page of the ranking: rank, the 5–95 % interval drawn on a shared axis, and the figures. */
export async function RankingTable({ ranking, fmt }: { ranking: RankingPage; fmt: PortfolioFormat }) {
  const t = await getTranslations();
  const r = (k: string) => t(`portfolio.ranking.${k}`);
  const n = Math.max(ranking.total, 1);
  return (
    <DataTable
      testId="ranking-table"
      caption={r("title")}
      headers={[r("rank"), r("interval"), r("project"), r("sector"), r("d"), r("closeness")]}
    >
      {ranking.rows.map((row) => (
        <tr key={row.id} data-testid="ranking-row">
          <td className="px-4 py-2 tabular-nums">{fmt.count(row.rank)}</td>
          <td className="px-4 py-2">
            <div className="flex items-center gap-2">
              <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="h-2 w-24" aria-hidden>
                <rect width="100" height="6" className="fill-slate-100" />
                <rect
                  x={(100 * (row.low - 1)) / n}
                  width={Math.max(1, (100 * (row.high - row.low + 1)) / n)}
                  height="6"
                  className="fill-brand-600"
                />
              </svg>
              <span className="tabular-nums" data-testid="rank-interval">
                {row.low === row.high
                  ? t("portfolio.ranking.intervalSingle", { rank: row.low })
                  : t("portfolio.ranking.intervalValue", { low: row.low, high: row.high })}
              </span>
            </div>
          </td>
          <td className="px-4 py-2">
            <Link href={`/projects/${row.id}`} className="text-brand-700 underline">
              {row.code}
            </Link>{" "}
            <span className="text-slate-700">{row.title}</span>
          </td>
          <td className="px-4 py-2">{t(`projects.sectors.${row.sector}`)}</td>
          <td className="px-4 py-2 tabular-nums">{fmt.score(row.d)}</td>
          <td className="px-4 py-2 tabular-nums">{fmt.score(row.closeness)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
