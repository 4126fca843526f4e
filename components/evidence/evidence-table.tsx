import { getTranslations } from "next-intl/server";

import { CountryLabel } from "@/components/projects/badges";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import type { Actor } from "@/lib/auth/permissions";
import { EVIDENCE_PAGE_SIZE, listProjectEvidence, type ProjectEvidenceRow } from "@/lib/evidence/queries";
import { isFinal } from "@/lib/evidence/status";
import { EVIDENCE_DIMENSIONS, type TEvidenceView } from "@/lib/evidence/table-view";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

import { EvidenceStatusLabel } from "./badges";
import { formatDay, formatValue, getUnitLabel } from "./format";

const DIMENSIONS = EVIDENCE_DIMENSIONS;
type EvidenceView = TEvidenceView;

/**
 * The project page's evidence table: newest first, ten rows a page, filtered by dimension. Paged
 * so that it stays light however much evidence a project collects; the links lead back to it
 * (#evidence).
 */
export async function EvidenceTable({
  user,
  projectId,
  locale,
  view,
}: {
  user: Actor;
  projectId: string;
  locale: string;
  view: EvidenceView;
}) {
  const data = await listProjectEvidence(user, projectId, view);
  const [t, tp, countryName, format, unitLabel] = await Promise.all([
    getTranslations({ locale, namespace: "evidence" }),
    getTranslations({ locale, namespace: "paging" }),
    getTranslations({ locale, namespace: "countries" }),
    getFormatter({ locale }),
    getUnitLabel(),
  ]);
  const href = (v: EvidenceView) => {
    const query = new URLSearchParams();
    if (v.dimension) query.set("evidenceDimension", v.dimension);
    if (v.page && v.page > 1) query.set("evidencePage", String(v.page));
    return `/projects/${projectId}${query.size ? `?${query}` : ""}#evidence`;
  };
  const all = DIMENSIONS.reduce((sum, d) => sum + data.counts[d], 0);
  const filters = [
    { label: tp("all"), count: all, dimension: undefined },
    ...DIMENSIONS.map((d) => ({ label: t(`dimensions.${d}`), count: data.counts[d], dimension: d })),
  ];
  const first = (data.page - 1) * EVIDENCE_PAGE_SIZE + 1;
  const statusLabel = (status: ProjectEvidenceRow["status"]) => t(`status.${status}`);
  return all === 0 ? (
    <p className="text-sm text-slate-600">{t("none")}</p>
  ) : (
    <div className="space-y-3">
      <nav aria-label={tp("filter")} className="flex flex-wrap gap-2 text-sm">
        {filters.map((f) => (
          <Link
            key={f.label}
            href={href({ dimension: f.dimension })}
            aria-current={view.dimension === f.dimension ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${view.dimension === f.dimension ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-200 text-slate-700 hover:bg-slate-50"}`}
          >
            {f.label} <span className="text-slate-500">({format.number(f.count)})</span>
          </Link>
        ))}
      </nav>
      {data.rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noneInDimension")}</p>
      ) : (
        <DataTable
          caption={t("sectionTitle")}
          alignTop
          headers={[
            t("columns.indicator"),
            t("columns.value"),
            t("columns.period"),
            t("columns.organization"),
            t("columns.status"),
            t("columns.submitted"),
          ]}
        >
          {data.rows.map((row) => (
            <Row
              key={row.id}
              row={row}
              locale={locale}
              format={format}
              unitLabel={unitLabel}
              statusLabel={statusLabel(row.status)}
              notSubmitted={t("notSubmitted")}
              countryName={countryName(row.organization.country)}
            />
          ))}
        </DataTable>
      )}
      {data.total > 0 && (
        <nav aria-label={tp("label")} className="flex flex-wrap items-center gap-3 text-sm" data-testid="evidence-pager">
          <span className="text-slate-600">{tp("range", { from: first, to: first + data.rows.length - 1, total: data.total })}</span>
          {data.page > 1 && (
            <Link href={href({ ...view, page: data.page - 1 })} className={buttonClass("secondary")}>
              {tp("previous")}
            </Link>
          )}
          {data.page < data.pageCount && (
            <Link href={href({ ...view, page: data.page + 1 })} className={buttonClass("secondary")}>
              {tp("next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}

type Format = Awaited<ReturnType<typeof getFormatter>>;
type RowProps = {
  row: ProjectEvidenceRow;
  locale: string;
  format: Format;
  unitLabel: (u: string) => string;
  statusLabel: string;
  notSubmitted: string;
  countryName: string;
};

function Row({ row, locale, format, unitLabel, statusLabel, notSubmitted, countryName }: RowProps) {
  const withdrawn = isFinal(row.status);
  return (
    <tr data-testid="evidence-row" className={withdrawn ? "text-slate-400" : undefined}>
      <td className="px-4 py-2">
        <Link href={`/evidence/${row.id}`} prefetch={false} className="font-medium text-brand-700 hover:underline">
          <span className="mr-1 font-mono text-xs text-slate-500">{row.indicator.code}</span>
          {localized(row.indicator, "name", locale)}
        </Link>
      </td>
      <td className="px-4 py-2 whitespace-nowrap tabular-nums" data-testid="evidence-value">
        {formatValue(format, row.value, row.indicator, unitLabel)}
      </td>
      <td className="px-4 py-2 text-xs whitespace-nowrap">
        {formatDay(format, row.periodStart)} – {formatDay(format, row.periodEnd)}
      </td>
      <td className="px-4 py-2 text-xs">
        <span className="mr-1">{localized(row.organization, "name", locale)}</span>
        <CountryLabel country={row.organization.country} label={countryName} />
      </td>
      <td className="px-4 py-2 whitespace-nowrap">
        <EvidenceStatusLabel status={row.status} label={statusLabel} />
      </td>
      <td className="px-4 py-2 text-xs text-slate-600">
        {row.submittedAt
          ? `${row.submittedBy?.name ?? "—"} · ${format.dateTime(row.submittedAt, { dateStyle: "short", timeStyle: "short" })}`
          : notSubmitted}
      </td>
    </tr>
  );
}
