import { getTranslations } from "next-intl/server";

import { DataTable } from "@/components/ui/data-table";
import { getFormatter } from "@/lib/i18n/formatter";

import type { MapRegion } from "./region-map";
import { MEAN_DIGITS } from "./region-scale";

/** The map's table twin: the same figures, for reading and for screen readers. */
export async function RegionTable({ regions, countryOf }: { regions: MapRegion[]; countryOf: (code: string) => string }) {
  const [t, format] = await Promise.all([getTranslations("regionMap"), getFormatter()]);
  const rows = [...regions].sort((a, b) => b.projects - a.projects || a.name.localeCompare(b.name));
  return (
    <DataTable
      caption={t("tableCaption")}
      testId="region-table"
      headers={[t("columns.region"), t("columns.country"), t("columns.projects"), t("columns.scored"), t("columns.meanD")]}
    >
      {rows.map((r) => (
        <tr key={r.code}>
          <th scope="row" className="px-4 py-2 text-left font-normal">
            {r.projects > 0 ? (
              <a href={r.href} className="text-brand-700 underline">
                {r.name}
              </a>
            ) : (
              r.name
            )}
          </th>
          <td className="px-4 py-2">{countryOf(r.code)}</td>
          <td className="px-4 py-2 tabular-nums">{format.number(r.projects)}</td>
          <td className="px-4 py-2 tabular-nums">{format.number(r.scored)}</td>
          <td className="px-4 py-2 tabular-nums">
            {r.meanD === null ? "—" : format.number(r.meanD, { minimumFractionDigits: MEAN_DIGITS, maximumFractionDigits: MEAN_DIGITS })}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
