"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";

import { fromIsoDate, isIsoDate } from "@/lib/dates";
// Only the pure scoring core and types: this runs in the browser.
import { scoreProject, type ProjectInput, type ProjectScore, type ScoringContext, type ScoringModel } from "@/lib/scoring";

export type PreviewData = { model: ScoringModel; context: ScoringContext; project: ProjectInput };

type Props = {
  preview: PreviewData | null;
  indicatorId: string;
  value: number;
  periodStart: string;
  periodEnd: string;
  /** When editing: the stored item the form's value replaces. */
  evidenceId?: string;
  valueOk: boolean;
};

function safeScore(project: ProjectInput, data: PreviewData): ProjectScore | null {
  try {
    return scoreProject(project, data.model, data.context);
  } catch {
    return null;
  }
}

/**
 * "Before → after" for the project's U, D, level and stage, computed in the browser with the
 * active model's frozen context. The form's value is added as a SUBMITTED item; it is dated at
 * the end of its period (as the server dates evidence) so it counts exactly as it will on save.
 */
export function ScorePreview({ preview, indicatorId, value, periodStart, periodEnd, evidenceId, valueOk }: Props) {
  const t = useTranslations("evidence.preview");
  const tl = useTranslations("levels");
  const format = useFormatter();
  const before = useMemo(() => (preview ? safeScore(preview.project, preview) : null), [preview]);
  const after = useMemo(() => {
    if (!preview || !indicatorId || !valueOk) return null;
    const recordedAt = (isIsoDate(periodEnd) ? fromIsoDate(periodEnd) : new Date()).toISOString();
    // The period's start too: flow indicators are summed per period and expressed per year.
    const start = isIsoDate(periodStart) && periodStart <= periodEnd ? { periodStart: fromIsoDate(periodStart).toISOString() } : {};
    const others = preview.project.evidence.filter((e) => !evidenceId || e.id !== evidenceId);
    return safeScore(
      { ...preview.project, evidence: [...others, { indicatorId, value, status: "SUBMITTED", recordedAt, ...start }] },
      preview,
    );
  }, [preview, indicatorId, value, periodStart, periodEnd, evidenceId, valueOk]);

  if (!preview || !before) {
    return <p className="text-sm text-slate-600">{t("unavailable")}</p>;
  }
  const num = (x: number) => format.number(x, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const stage = (s: number | null) => (s === null ? t("stageNone") : String(s));
  const rows: { key: string; label: string; before: string; after: string | null }[] = [
    { key: "uT", label: t("uTechnology"), before: num(before.U.TECHNOLOGY), after: after && num(after.U.TECHNOLOGY) },
    { key: "uI", label: t("uInstitutional"), before: num(before.U.INSTITUTIONAL), after: after && num(after.U.INSTITUTIONAL) },
    { key: "uR", label: t("uResource"), before: num(before.U.RESOURCE), after: after && num(after.U.RESOURCE) },
    { key: "d", label: t("coordination"), before: num(before.D), after: after && num(after.D) },
    {
      key: "level",
      label: t("level"),
      before: `${before.level} · ${tl(before.levelKey)}`,
      after: after && `${after.level} · ${tl(after.levelKey)}`,
    },
    { key: "stage", label: t("stage"), before: stage(before.stage), after: after && stage(after.stage) },
  ];
  return (
    <div data-testid="score-preview" aria-live="polite">
      <p className="mb-2 text-xs text-slate-600">{after ? t("intro") : t("enterValue")}</p>
      <table className="w-full text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-1 text-left font-medium">
              {t("measure")}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t("before")}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t("after")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const changed = r.after !== null && r.after !== r.before;
            return (
              <tr key={r.key} data-testid={`preview-${r.key}`} className="border-t border-slate-100">
                <th scope="row" className="py-1 text-left font-normal">
                  {r.label}
                </th>
                <td className="py-1 text-right tabular-nums" data-testid="before">
                  {r.before}
                </td>
                <td className={`py-1 text-right tabular-nums ${changed ? "font-semibold text-brand-700" : ""}`} data-testid="after">
                  {r.after === null ? "—" : `→ ${r.after}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
