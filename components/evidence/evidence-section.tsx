import { getFormatter, getTranslations } from "next-intl/server";

import { CountryLabel } from "@/components/projects/badges";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { listProjectEvidence, type ProjectEvidenceRow } from "@/lib/evidence/queries";
import { isFinal } from "@/lib/evidence/status";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { DIMENSIONS } from "@/lib/scoring";

import { EvidenceStatusBadge } from "./badges";
import { formatDay, formatValue, getUnitLabel } from "./format";

/** The project page's evidence table, grouped by dimension, with "New evidence" for members. */
export async function EvidenceSection({ user, projectId, locale }: { user: SessionUser; projectId: string; locale: string }) {
  const { rows, canCreate } = await listProjectEvidence(user, projectId);
  const [t, countryName, format, unitLabel] = await Promise.all([
    getTranslations({ locale, namespace: "evidence" }),
    getTranslations({ locale, namespace: "countries" }),
    getFormatter({ locale }),
    getUnitLabel(),
  ]);
  const actions = canCreate ? (
    <Link href={`/projects/${projectId}/evidence/new`} className={buttonClass("primary")}>
      {t("new")}
    </Link>
  ) : undefined;
  return (
    <div data-testid="evidence-section">
      <Card title={t("sectionTitle")} actions={actions}>
        <div className="space-y-6">
          {rows.length === 0 && <p className="text-sm text-slate-600">{t("none")}</p>}
          {rows.length > 0 &&
            DIMENSIONS.map((dimension) => {
              // Per indicator (T2 before T10), newest first inside each: an indicator's history reads top-down.
              const group = rows
                .filter((r) => r.indicator.dimension === dimension)
                .sort((a, b) => a.indicator.code.localeCompare(b.indicator.code, "en", { numeric: true }));
              return (
                <section key={dimension} aria-labelledby={`evidence-${dimension}`}>
                  <h3 id={`evidence-${dimension}`} className="mb-2 text-sm font-semibold text-slate-800">
                    {t(`dimensions.${dimension}`)} <span className="font-normal text-slate-500">({group.length})</span>
                  </h3>
                  {group.length === 0 ? (
                    <p className="text-sm text-slate-500">{t("noneInDimension")}</p>
                  ) : (
                    <div className="overflow-x-auto">
                      <table className="w-full min-w-[40rem] text-left text-sm">
                        <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
                          <tr>
                            <th scope="col" className="py-2 pr-3">
                              {t("columns.indicator")}
                            </th>
                            <th scope="col" className="py-2 pr-3">
                              {t("columns.value")}
                            </th>
                            <th scope="col" className="py-2 pr-3">
                              {t("columns.period")}
                            </th>
                            <th scope="col" className="py-2 pr-3">
                              {t("columns.organization")}
                            </th>
                            <th scope="col" className="py-2 pr-3">
                              {t("columns.status")}
                            </th>
                            <th scope="col" className="py-2">
                              {t("columns.submitted")}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {group.map((row) => (
                            <Row
                              key={row.id}
                              row={row}
                              locale={locale}
                              format={format}
                              unitLabel={unitLabel}
                              notSubmitted={t("notSubmitted")}
                              countryName={countryName(row.organization.country)}
                            />
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                </section>
              );
            })}
        </div>
      </Card>
    </div>
  );
}

type Format = Awaited<ReturnType<typeof getFormatter>>;
type RowProps = {
  row: ProjectEvidenceRow;
  locale: string;
  format: Format;
  unitLabel: (u: string) => string;
  notSubmitted: string;
  countryName: string;
};

function Row({ row, locale, format, unitLabel, notSubmitted, countryName }: RowProps) {
  const withdrawn = isFinal(row.status);
  return (
    <tr data-testid="evidence-row" className={`border-b border-slate-100 align-top ${withdrawn ? "text-slate-400" : ""}`}>
      <td className="py-2 pr-3">
        <Link href={`/evidence/${row.id}`} className="font-medium text-brand-700 hover:underline">
          <span className="mr-1 font-mono text-xs text-slate-500">{row.indicator.code}</span>
          {localized(row.indicator, "name", locale)}
        </Link>
      </td>
      <td className="py-2 pr-3 whitespace-nowrap tabular-nums" data-testid="evidence-value">
        {formatValue(format, row.value, row.indicator, unitLabel)}
      </td>
      <td className="py-2 pr-3 text-xs whitespace-nowrap">
        {formatDay(format, row.periodStart)} – {formatDay(format, row.periodEnd)}
      </td>
      <td className="py-2 pr-3 text-xs">
        <span className="mr-1">{localized(row.organization, "name", locale)}</span>
        <CountryLabel country={row.organization.country} label={countryName} />
      </td>
      <td className="py-2 pr-3 whitespace-nowrap">
        <EvidenceStatusBadge status={row.status} />
      </td>
      <td className="py-2 text-xs text-slate-600">
        {row.submittedAt
          ? `${row.submittedBy?.name ?? "—"} · ${format.dateTime(row.submittedAt, { dateStyle: "short", timeStyle: "short" })}`
          : notSubmitted}
      </td>
    </tr>
  );
}
