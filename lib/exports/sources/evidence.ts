import "server-only";

import type { Actor } from "@/lib/auth/permissions";
import { listProjectEvidenceAfter, type EvidenceExportRow } from "@/lib/evidence/pages";
import { localized } from "@/lib/i18n/localized";
import { planByIndicator } from "@/lib/targets/service";

import { col, fileDate, type Cell, type ExportTable } from "../table";
import { translatorFor, type Translate } from "../translate";
import { BATCH, pages } from "./paginate";

/** The reader's language when a narrative exists in it, else the original. */
function narrative(row: EvidenceExportRow, locale: string): string {
  const own = row.texts.find((x) => x.locale === locale) ?? row.texts.find((x) => x.source === "ORIGINAL") ?? row.texts[0];
  return own?.narrative ?? "";
}

/** "2026-03-01 Confirmed — Harbin Institute of Technology (Li Wei): reason", one line per decision. */
function history(row: EvidenceExportRow, locale: string, t: Translate): string {
  return row.verifications
    .map((v) => {
      const who = [v.organization ? localized(v.organization, "name", locale) : "", v.user ? `(${v.user.name})` : ""]
        .filter(Boolean)
        .join(" ");
      const why = [v.reason ?? "", ...v.fixes].filter(Boolean).join("; ");
      return `${v.createdAt.toISOString().slice(0, 10)} ${t(`evidence.decisions.${v.decision}`)} — ${who}${why ? `: ${why}` : ""}`;
    })
    .join("\n");
}

/**
 * A project's evidence (shared items and the reader's own drafts) with the verification history,
 * each value beside the project's baseline and target for its indicator.
 */
export function evidenceTable(actor: Actor, projectId: string, code: string, requested: string): ExportTable {
  const { locale, t } = translatorFor(requested);
  const h = (key: string) => t(`exports.columns.${key}`);
  // Baselines and targets are few (at most one per indicator): read once, with the first batch.
  let plan: Awaited<ReturnType<typeof planByIndicator>> = new Map();
  const read = async (cursor: string | null) => {
    if (cursor === null) plan = await planByIndicator(actor, projectId);
    return listProjectEvidenceAfter(actor, projectId, cursor, BATCH);
  };
  const line = (row: EvidenceExportRow): Cell[] => [
    row.indicator.code,
    localized(row.indicator, "name", locale),
    t(`scores.dimensions.${row.indicator.dimension}`),
    row.value,
    row.indicator.unit,
    plan.get(row.indicator.id)?.baseline,
    plan.get(row.indicator.id)?.target,
    row.periodStart,
    row.periodEnd,
    t(`evidence.status.${row.status}`),
    localized(row.organization, "name", locale),
    t(`countries.${row.organization.country}`),
    row.submittedBy?.name ?? "",
    row.submittedAt,
    narrative(row, locale),
    row.sourceUrl ?? "",
    row.verifications.length ? t(`evidence.decisions.${row.verifications[row.verifications.length - 1].decision}`) : "",
    history(row, locale, t),
  ];
  return {
    fileName: `evidence-${code}-${fileDate()}`,
    sheet: t("exports.sheets.evidence"),
    columns: [
      col.text(h("indicatorCode"), 10),
      col.text(h("indicator"), 36),
      col.text(h("dimension"), 20),
      col.number(h("value")),
      col.text(h("unit"), 10),
      col.number(h("baseline")),
      col.number(h("target")),
      col.date(h("periodStart")),
      col.date(h("periodEnd")),
      col.text(h("status"), 14),
      col.text(h("organization"), 32),
      col.text(h("country"), 10),
      col.text(h("submittedBy"), 20),
      col.datetime(h("submittedAt")),
      col.text(h("narrative"), 60),
      col.text(h("source"), 30),
      col.text(h("lastDecision"), 16),
      col.text(h("verifications"), 60),
    ],
    rows: pages(read, (row) => [line(row)]),
  };
}
