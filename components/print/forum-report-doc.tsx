import { getTranslations } from "next-intl/server";

import type { ForumReport } from "@/lib/forums/report";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";

import { LANG } from "./columns";

type L = "en" | "zh" | "ru";

/**
 * The "since the last forum" report for print: every label and title in the chosen languages,
 * side by side in each cell when there are two (Chinese, then Russian).
 */
export async function ForumReportDoc({ report, locales }: { report: ForumReport; locales: L[] }) {
  const ts = await Promise.all(locales.map((locale) => getTranslations({ locale })));
  const formats = await Promise.all(locales.map((locale) => getFormatter({ locale })));
  const both = (text: (i: number, l: L) => string) => (
    <span className={locales.length > 1 ? "grid grid-cols-2 gap-2" : ""}>
      {locales.map((l, i) => (
        <span key={l} lang={LANG[l]}>
          {text(i, l)}
        </span>
      ))}
    </span>
  );
  const day = (i: number, d: Date) => formats[i].dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const status = (i: number, s: string | null) => (s ? ts[i](`initiatives.status.${s}`) : "");
  const cell = "border border-slate-300 px-1.5 py-1 align-top";
  const { forum } = report;
  return (
    <div data-testid="forum-report-doc">
      <h1 className="mb-1 text-base font-bold">{both((_, l) => localized(forum, "name", l))}</h1>
      <p className="mb-1">{both((i) => `${day(i, forum.heldOn)} · ${forum.place}`)}</p>
      <p className="mb-3 text-slate-700">
        {both((i) => ts[i]("forums.report.window", { from: report.from ? day(i, report.from) : "—", to: day(i, report.to) }))}
      </p>
      {report.rows.length === 0 ? (
        <p>{both((i) => ts[i]("forums.report.empty"))}</p>
      ) : (
        <table className="w-full border-collapse">
          <thead className="bg-slate-100 text-left">
            <tr>
              {["initiative", "status", "progress", "milestones", "evidence", "scores"].map((k) => (
                <th key={k} scope="col" className={cell}>
                  {both((i) => ts[i](`forums.report.columns.${k}`))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.id} className="break-inside-avoid">
                <th scope="row" className={`${cell} text-left font-normal`}>
                  <span className="block text-[9px] text-slate-500">{r.code}</span>
                  {both((_, l) => localized(r, "title", l))}
                </th>
                <td className={cell}>
                  {both((i) =>
                    r.statusBefore === r.statusNow ? status(i, r.statusNow) : `${status(i, r.statusBefore)} → ${status(i, r.statusNow)}`,
                  )}
                  {r.statusChanges.map((c, k) => (
                    <span key={k} className="mt-1 block text-[9px] text-slate-600">
                      {formats[0].dateTime(c.at, { dateStyle: "short", timeZone: "UTC" })}: {c.reason}
                    </span>
                  ))}
                </td>
                <td className={`${cell} tabular-nums`}>
                  {formats[0].number(r.progressBefore / 100, { style: "percent" })} →{" "}
                  {formats[0].number(r.progressNow / 100, { style: "percent" })}
                </td>
                <td className={cell}>
                  {r.milestonesMet.map((m) => (
                    <span key={`met-${m}`} className="block">
                      ✓ {m}
                      {r.milestonesLate.includes(m) && (
                        <span className="text-amber-700"> ({locales.map((_, i) => ts[i]("forums.report.late")).join(" / ")})</span>
                      )}
                    </span>
                  ))}
                  {r.milestonesMissed.map((m) => (
                    <span key={`missed-${m}`} className="block text-red-700">
                      ✗ {m}
                    </span>
                  ))}
                  {r.milestonesMet.length + r.milestonesMissed.length === 0 && "—"}
                </td>
                <td className={`${cell} tabular-nums`}>{formats[0].number(r.newEvidence)}</td>
                <td className={`${cell} tabular-nums`}>
                  {r.scoreMoves.length === 0
                    ? "—"
                    : r.scoreMoves.map((s) => (
                        <span key={s.projectId} className="block">
                          {s.code}:{" "}
                          {s.dBefore === null ? "—" : formats[0].number(s.dBefore, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}{" "}
                          → {s.dNow === null ? "—" : formats[0].number(s.dNow, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}
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
