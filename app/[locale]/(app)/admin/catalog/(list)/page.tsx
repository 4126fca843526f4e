import { getTranslations, setRequestLocale } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { listIndicators } from "@/lib/catalog/service";
import { formatDecimal } from "@/lib/format/decimal";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { DIMENSIONS } from "@/lib/scoring";

export default async function CatalogPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "catalog.manage");
  const [indicators, t] = await Promise.all([listIndicators(user), getTranslations()]);
  return (
    <>
      <PageHeader
        title={t("catalog.title")}
        intro={t("catalog.intro")}
        actions={
          <Link href="/admin/scoring" className={buttonClass("secondary")}>
            {t("catalog.toScoring")}
          </Link>
        }
      />
      <p className="mb-4 text-sm text-slate-600">{t("catalog.count", { count: indicators.length })}</p>
      <div className="space-y-8">
        {DIMENSIONS.map((dimension) => {
          const own = indicators.filter((i) => i.dimension === dimension);
          const sum = own.reduce((s, i) => s + i.weight, 0);
          return (
            <section key={dimension} aria-labelledby={`dim-${dimension}`}>
              <div className="mb-2 flex items-baseline justify-between">
                <h2 id={`dim-${dimension}`} className="text-lg font-semibold text-slate-900">
                  {t(`scores.dimensions.${dimension}`)}
                </h2>
                <span className="text-xs text-slate-600">{t("catalog.weightSum", { sum: formatDecimal(locale, sum) })}</span>
              </div>
              <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
                <table className="data-table min-w-full text-sm" data-testid={`catalog-${dimension}`}>
                  <thead className="bg-slate-50 text-left text-slate-600">
                    <tr>
                      <th scope="col" className="px-3 py-2 font-medium">
                        {t("catalog.fields.code")}
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        {t("catalog.fields.name")}
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        {t("catalog.fields.unit")}
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        {t("catalog.fields.direction")}
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        {t("catalog.fields.stageTag")}
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        {t("catalog.fields.goalposts")}
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        {t("catalog.fields.weight")}
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        {t("catalog.fields.flags")}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {own.map((i) => (
                      <tr key={i.id} data-testid={`indicator-${i.code}`}>
                        <td className="px-3 py-2 font-mono">{i.code}</td>
                        <td className="px-3 py-2">
                          <Link href={`/admin/catalog/${i.id}`} className="font-medium text-brand-700 hover:underline">
                            {localized(i, "name", locale)}
                          </Link>
                          {i.kind === "ORDINAL" && (
                            <span className="ml-2">
                              <Badge>{t("catalog.kinds.ORDINAL")}</Badge>
                            </span>
                          )}
                        </td>
                        <td className="px-3 py-2">{t.has(`catalog.units.${i.unit}`) ? t(`catalog.units.${i.unit}`) : i.unit}</td>
                        <td className="px-3 py-2">{t(`catalog.directions.${i.direction}`)}</td>
                        <td className="px-3 py-2">{t("catalog.stageValue", { stage: i.stageTag })}</td>
                        <td className="px-3 py-2 tabular-nums">
                          {i.lower} – {i.upper}
                        </td>
                        <td className="px-3 py-2 tabular-nums" data-testid="weight">
                          {formatDecimal(locale, i.weight)}
                        </td>
                        <td className="px-3 py-2">
                          <span className="flex flex-wrap gap-1">
                            {i.flags.map((f) => (
                              <Badge key={f} tone="blue">
                                {t.has(`catalog.flags.${f}`) ? t(`catalog.flags.${f}`) : f}
                              </Badge>
                            ))}
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}
      </div>
    </>
  );
}
