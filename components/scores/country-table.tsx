import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { CatalogEntry } from "@/lib/catalog/snapshot";
import { localized } from "@/lib/i18n/localized";
import type { CountryContributions, CountrySide } from "@/lib/scores/contributions";
import { DIMENSIONS } from "@/lib/scoring";

import { score } from "./format";

const SIDES = ["CN", "RU"] as const;

/** What the Chinese and the Russian partners each brought, indicator by indicator. */
export async function CountryTable({
  countries,
  catalog,
  locale,
}: {
  countries: CountryContributions;
  catalog: CatalogEntry[];
  locale: string;
}) {
  const t = await getTranslations();
  const byId = new Map(catalog.map((i) => [i.id, i]));
  const rows = countries.rows.filter((r) => r.CN || r.RU);
  const cell = (side: CountrySide | null) =>
    side ? (
      <>
        {side.value} <span className="text-xs text-slate-500">({t(`scores.statuses.${side.status}`)})</span>
      </>
    ) : (
      t("scores.countries.nothing")
    );
  return (
    <section aria-labelledby="country-title">
      <h3 id="country-title" className="text-base font-semibold text-slate-900">
        {t("scores.countries.title")}
      </h3>
      <p className="text-xs text-slate-600">{t("scores.countries.intro")}</p>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm">{t("scores.countries.empty")}</p>
      ) : (
        <DataTable
          compact
          testId="country-contributions"
          caption={t("scores.countries.title")}
          headers={[
            t("scores.countries.indicator"),
            ...SIDES.map((c) => `${t(`countries.${c}`)}: ${t("scores.countries.value")}`),
            ...SIDES.map((c) => `${t(`countries.${c}`)}: ${t("scores.countries.score")}`),
            t("scores.countries.counted"),
          ]}
        >
          {rows.map((r) => {
            const indicator = byId.get(r.indicatorId);
            return (
              <tr key={r.indicatorId}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal">
                  <span className="font-mono text-xs text-slate-500">{r.code}</span> {indicator ? localized(indicator, "name", locale) : ""}
                </th>
                {SIDES.map((c) => (
                  <td key={`${c}-v`} className="px-3 py-1.5 tabular-nums">
                    {cell(r[c])}
                  </td>
                ))}
                {SIDES.map((c) => (
                  <td key={`${c}-s`} className="px-3 py-1.5 tabular-nums">
                    {r[c] ? score(locale, r[c]!.normalized) : t("scores.countries.nothing")}
                  </td>
                ))}
                <td className="px-3 py-1.5">
                  {r.counted ? (
                    <Badge tone={r.counted === "CN" ? "red" : "blue"}>{t(`countries.${r.counted}`)}</Badge>
                  ) : (
                    t("scores.countries.nothing")
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <p className="mt-4 text-xs text-slate-600" aria-hidden>
        {t("scores.countries.uTitle")}
      </p>
      <DataTable
        compact
        testId="country-u"
        caption={t("scores.countries.uTitle")}
        headers={[t("scores.figures.U"), ...SIDES.map((c) => t(`countries.${c}`))]}
      >
        {DIMENSIONS.map((d) => (
          <tr key={d}>
            <th scope="row" className="px-3 py-1.5 text-left font-normal">
              {t(`scores.dimensions.${d}`)}
            </th>
            {SIDES.map((c) => (
              <td key={c} className="px-3 py-1.5 tabular-nums">
                {score(locale, countries.U[c][d])}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
