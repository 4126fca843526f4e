import { getLocale, getTranslations } from "next-intl/server";

import { formatDecimal } from "@/lib/format/decimal";
import type { ForumReport } from "@/lib/forums/report";
import { getFormatter } from "@/lib/i18n/formatter";

const LOCALES = ["zh", "ru", "en"] as const;
const LANG = { zh: "zh-Hans", ru: "ru", en: "en" } as const;

/** The report in Chinese and Russian with English, so one printout serves both delegations. */
export async function ReportView({ report }: { report: ForumReport }) {
  const ts = await Promise.all(LOCALES.map((locale) => getTranslations({ locale, namespace: "forums.report" })));
  const statuses = await Promise.all(LOCALES.map((locale) => getTranslations({ locale, namespace: "initiatives.status" })));
  const [format, locale] = await Promise.all([getFormatter(), getLocale()]);
  const tri = (key: string) => (
    <>
      {LOCALES.map((l, i) => (
        <span key={l} lang={LANG[l]} className={i === 0 ? "block" : "block text-xs font-normal text-slate-500"}>
          {ts[i](key)}
        </span>
      ))}
    </>
  );
  const status = (s: string) => LOCALES.map((_, i) => statuses[i](s)).join(" / ");
  const d = (x: Date) => format.dateTime(x, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div data-testid="forum-report">
      <p className="mb-3 text-sm text-slate-700">
        {LOCALES.map((l, i) => (
          <span key={l} lang={LANG[l]} className="block">
            {ts[i]("window", { from: report.from ? d(report.from) : "—", to: d(report.to) })}
          </span>
        ))}
      </p>
      {report.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{tri("empty")}</p>
      ) : (
        <table className="data-table min-w-full border-collapse text-sm max-sm:relative max-sm:block max-sm:overflow-x-auto print:text-xs">
          <thead className="bg-slate-50 text-left align-bottom text-slate-700">
            <tr>
              {["initiative", "status", "progress", "milestones", "evidence", "scores"].map((k) => (
                <th key={k} scope="col" className="border border-slate-200 px-2 py-1 font-medium">
                  {tri(`columns.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.id} className="break-inside-avoid align-top" data-testid="report-row">
                <th scope="row" className="border border-slate-200 px-2 py-1 text-left font-normal">
                  <span className="text-xs text-slate-500">{r.code}</span>
                  <span lang="zh-Hans" className="block font-medium">
                    {r.titleZh}
                  </span>
                  <span lang="ru" className="block">
                    {r.titleRu}
                  </span>
                  <span lang="en" className="block text-xs text-slate-600">
                    {r.titleEn}
                  </span>
                </th>
                <td className="border border-slate-200 px-2 py-1">
                  {r.statusBefore === r.statusNow ? status(r.statusNow) : `${status(r.statusBefore)} → ${status(r.statusNow)}`}
                  {r.statusChanges.map((c, i) => (
                    <span key={i} className="mt-1 block text-xs text-slate-600">
                      {d(c.at)}: {c.reason}
                    </span>
                  ))}
                </td>
                <td className="border border-slate-200 px-2 py-1 tabular-nums" data-testid="report-progress">
                  {r.progressBefore} % → {r.progressNow} %
                </td>
                <td className="border border-slate-200 px-2 py-1">
                  {r.milestonesMet.map((m) => (
                    <span key={m} className="block">
                      ✓ {m}
                      {r.milestonesLate.includes(m) && (
                        <span className="text-amber-700"> ({LOCALES.map((_, i) => ts[i]("late")).join(" / ")})</span>
                      )}
                    </span>
                  ))}
                  {r.milestonesMissed.map((m) => (
                    <span key={m} className="block text-red-700">
                      ✗ {m}
                    </span>
                  ))}
                  {r.milestonesMet.length + r.milestonesMissed.length === 0 && "—"}
                </td>
                <td className="border border-slate-200 px-2 py-1 tabular-nums">{r.newEvidence}</td>
                <td className="border border-slate-200 px-2 py-1 tabular-nums">
                  {r.scoreMoves.length === 0
                    ? "—"
                    : r.scoreMoves.map((s) => (
                        <span key={s.projectId} className="block">
                          {s.code}: D {formatDecimal(locale, s.dBefore)} → {formatDecimal(locale, s.dNow)}
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
