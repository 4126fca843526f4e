import { getTranslations } from "next-intl/server";

import { DataTable } from "@/components/ui/data-table";
import type { CatalogEntry } from "@/lib/catalog/snapshot";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import type { ContributionRow } from "@/lib/scores/explain";
import { DIMENSIONS } from "@/lib/scoring";

const cell = "px-3 py-1.5";

/**
 * Per-indicator contributions: points of U and of T each indicator brings, and how much D would
 * fall without it. Indicators without counted evidence are listed under each table (they hold U
 * down).
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
        const own = rows.filter((r) => r.dimension === dimension);
        const counted = own.filter((r) => r.counted).sort((a, b) => b.toU - a.toU);
        const missing = own.filter((r) => !r.counted);
        if (own.length === 0) return null;
        const name = (r: ContributionRow) => {
          const indicator = byId.get(r.indicatorId);
          return (
            <>
              <span className="font-mono text-xs text-slate-500">{r.code}</span> {indicator ? localized(indicator, "name", locale) : ""}
            </>
          );
        };
        return (
          <div key={dimension} className="mt-3">
            <DataTable
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
              {counted.map((r) => (
                <tr key={r.indicatorId} data-testid={`contribution-${r.code}`}>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    {name(r)}
                  </th>
                  <td className={`${cell} tabular-nums`}>{num(r.normalized)}</td>
                  <td className={`${cell} tabular-nums`}>{num(r.toU)}</td>
                  <td className={`${cell} tabular-nums`}>{num(r.toT)}</td>
                  <td className={`${cell} tabular-nums font-medium`} data-testid="to-d">
                    {signed(r.toD)}
                  </td>
                </tr>
              ))}
            </DataTable>
            {counted.length === 0 && <p className="px-3 py-1.5 text-sm text-slate-600">{t("contributions.noneCounted")}</p>}
            {missing.length > 0 && (
              <details className="px-3 text-sm">
                <summary className="cursor-pointer text-brand-700">{t("contributions.missingList", { count: missing.length })}</summary>
                <ul className="mt-1 space-y-0.5 text-slate-600" data-testid={`missing-${dimension}`}>
                  {missing.map((r) => (
                    <li key={r.indicatorId}>{name(r)}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        );
      })}
      <p className="mt-1 text-xs text-slate-600">{t("contributions.note")}</p>
    </section>
  );
}
