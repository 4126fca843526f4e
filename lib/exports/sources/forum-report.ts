import "server-only";

import { formatDecimal } from "@/lib/format/decimal";
import type { ForumReport } from "@/lib/forums/report";

import { col, type Cell, type ExportTable } from "../table";
import { translatorFor } from "../translate";

/**
 * The "since the last forum" report. Titles stay in all three languages, as in the printed
 * report both delegations read; headers and statuses are in the reader's language.
 */
export function forumReportTable(report: ForumReport, requested: string): ExportTable {
  const { locale, t } = translatorFor(requested);
  const d3 = (d: number | null) => formatDecimal(locale, d);
  const h = (key: string) => t(`exports.columns.${key}`);
  const status = (s: string | null) => (s ? t(`initiatives.status.${s}`) : "");
  async function* rows(): AsyncIterable<Cell[]> {
    for (const r of report.rows)
      yield [
        r.code,
        r.titleEn,
        r.titleZh,
        r.titleRu,
        status(r.statusBefore),
        status(r.statusNow),
        r.statusChanges.map((c) => `${c.at.toISOString().slice(0, 10)} ${status(c.from)} → ${status(c.to)}: ${c.reason}`).join("\n"),
        r.progressBefore / 100,
        r.progressNow / 100,
        r.updates,
        r.milestonesMet.map((m) => (r.milestonesLate.includes(m) ? `${m} (${t("forums.report.late")})` : m)).join("\n"),
        r.milestonesMissed.join("\n"),
        r.newEvidence,
        r.scoreMoves.map((s) => `${s.code}: ${d3(s.dBefore)} → ${d3(s.dNow)}`).join("\n"),
      ];
  }
  return {
    fileName: `forum-report-${report.forum.heldOn.toISOString().slice(0, 10)}`,
    sheet: t("exports.sheets.forumReport"),
    columns: [
      col.text(h("recommendation"), 12),
      col.text(h("titleEn"), 36),
      col.text(h("titleZh"), 30),
      col.text(h("titleRu"), 36),
      col.text(h("statusBefore"), 16),
      col.text(h("statusNow"), 16),
      col.text(h("statusChanges"), 40),
      col.percent(h("progressBefore")),
      col.percent(h("progressNow")),
      col.integer(h("updates")),
      col.text(h("milestonesMet"), 30),
      col.text(h("milestonesMissed"), 30),
      col.integer(h("newEvidence")),
      col.text(h("dChanges"), 30),
    ],
    rows: rows(),
  };
}
