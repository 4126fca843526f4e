import { getLocale, getTranslations } from "next-intl/server";

import { formatDecimal } from "@/lib/format/decimal";
import { Link } from "@/lib/i18n/navigation";
import type { initiativeEffect } from "@/lib/initiatives/effect";

type Rows = Awaited<ReturnType<typeof initiativeEffect>>;

/** The linked projects' scores at the initiative's start and now, as a plain data table. */
export async function EffectTable({ rows }: { rows: Rows }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const n = (v: number | null) => formatDecimal(locale, v);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("initiatives.effect.none")}</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="data-table min-w-full text-sm" data-testid="effect-table">
        <caption className="sr-only">{t("initiatives.effect.caption")}</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("initiatives.effect.project")}
            </th>
            {rows[0].dims.map((d) => (
              <th key={d.dim} scope="col" className="py-1 pr-3 font-medium">
                U · {t(`scores.dimensions.${d.dim}`)}
              </th>
            ))}
            <th scope="col" className="py-1 font-medium">
              D
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {rows.map((r) => (
            <tr key={r.projectId}>
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                <Link href={`/projects/${r.projectId}`} className="text-brand-700 hover:underline">
                  {r.code}
                </Link>
              </th>
              {r.dims.map((d) => (
                <td key={d.dim} className="py-1 pr-3">
                  {n(d.before)} → {n(d.now)}
                </td>
              ))}
              <td className="py-1">
                {n(r.d.before)} → {n(r.d.now)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
