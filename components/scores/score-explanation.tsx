import { getFormatter, getTranslations } from "next-intl/server";

import { DataTable } from "@/components/ui/data-table";
import type { CatalogEntry } from "@/lib/catalog/snapshot";
import { localized } from "@/lib/i18n/localized";
import type { ContributionRow } from "@/lib/scores/explain";
import { DIMENSIONS } from "@/lib/scoring";

const cell = "px-3 py-1.5";

/**
 * Per-indicator contributions: points of U and of T each indicator brings, and how much D would
 * fall without it. Indicators without counted evidence are listed too (they hold U down).
 */
export async function ScoreExplanation({ rows, catalog, locale }: { rows: ContributionRow[]; catalog: CatalogEntry[]; locale: string }) {
  const [t, ts, format] = await Promise.all([getTranslations("explain"), getTranslations("scores"), getFormatter()]);
  const byId = new Map(catalog.map((i) => [i.id, i]));
  const num = (x: number) => format.number(x, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const signed = (x: number | null) =>
    x === null ? "—" : format.number(x, { minimumFractionDigits: 3, maximumFractionDigits: 3, signDisplay: "exceptZero" });
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="contributions-title" data-testid="contributions">
      <h3 id="contributions-title" className="text-base font-semibold text-slate-900">
        {t("contributions.title")}
      </h3>
      <p className="text-xs text-slate-600">{t("contributions.intro")}</p>
      {DIMENSIONS.map((dimension) => {
        const own = rows.filter((r) => r.dimension === dimension).sort((a, b) => b.toU - a.toU);
        if (own.length === 0) return null;
        return (
          <DataTable
            key={dimension}
            compact
            caption={ts(`dimensions.${dimension}`)}
            headers={[
              ts(`dimensions.${dimension}`),
              t("contributions.normalized"),
              t("contributions.toU"),
              t("contributions.toT"),
              t("contributions.toD"),
            ]}
          >
            {own.map((r) => {
              const indicator = byId.get(r.indicatorId);
              return (
                <tr key={r.indicatorId} data-testid={`contribution-${r.code}`} className={r.counted ? undefined : "text-slate-500"}>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    <span className="font-mono text-xs text-slate-500">{r.code}</span>{" "}
                    {indicator ? localized(indicator, "name", locale) : ""}
                    {!r.counted && <span className="ml-1 text-xs">({t("contributions.missing")})</span>}
                  </th>
                  <td className={`${cell} tabular-nums`}>{r.counted ? num(r.normalized) : "—"}</td>
                  <td className={`${cell} tabular-nums`}>{num(r.toU)}</td>
                  <td className={`${cell} tabular-nums`}>{num(r.toT)}</td>
                  <td className={`${cell} tabular-nums font-medium`} data-testid="to-d">
                    {signed(r.toD)}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        );
      })}
      <p className="mt-1 text-xs text-slate-600">{t("contributions.note")}</p>
    </section>
  );
}
