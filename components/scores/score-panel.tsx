import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { DeferredSection } from "@/components/ui/deferred-section";
import type { SessionUser } from "@/lib/auth/session";
import { getFormatter } from "@/lib/i18n/formatter";
import { isLocale, routing } from "@/lib/i18n/routing";
import type { ProjectDetail } from "@/lib/projects/service";
import { scoreSummaryOf } from "@/lib/scores/service";
import { DIMENSIONS } from "@/lib/scoring";

import { ChartTable } from "./chart-table";
import { score } from "./format";
import { ScoreRadar } from "./score-charts";
import { loadScoreDetailsAction } from "./section-actions";

/** The project page's score panel: figures, charts with data tables, diagnostics, history. */
export async function ScorePanel({ user, project, locale }: { user: SessionUser; project: ProjectDetail; locale: string }) {
  const projectId = project.id;
  const [data, t, format] = await Promise.all([scoreSummaryOf(user, project), getTranslations(), getFormatter()]);
  const latest = data.latest;
  const assessed = latest !== null && latest.countedIndicators > 0;

  if (!latest || !assessed) {
    return (
      <Card title={t("scores.panel.title")}>
        <div data-testid="score-not-assessed">
          <p className="font-medium text-slate-900">{t("scores.panel.notAssessed")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("scores.panel.notAssessedHint")}</p>
        </div>
      </Card>
    );
  }

  const dimensionNames = Object.fromEntries(DIMENSIONS.map((d) => [d, t(`scores.dimensions.${d}`)]));
  const levelLabel = t(`levels.${latest.levelKey}`);
  const figures = [
    { key: "D", label: t("scores.figures.D"), value: score(locale, latest.D) },
    { key: "C", label: t("scores.figures.C"), value: score(locale, latest.C) },
    { key: "T", label: t("scores.figures.T"), value: score(locale, latest.T) },
    { key: "level", label: t("scores.figures.level"), value: `${t("scores.figures.levelValue", { level: latest.level })} · ${levelLabel}` },
    {
      key: "stage",
      label: t("scores.figures.stage"),
      value: latest.stage ? t("scores.figures.stageValue", { stage: latest.stage }) : t("scores.figures.stageNone"),
    },
    {
      key: "confidence",
      label: t("scores.figures.confidence"),
      value: format.number(latest.confidence, { style: "percent" }),
      hint: t(data.missingIndicators === "zero" ? "scores.figures.confidenceHintWeighted" : "scores.figures.confidenceHint"),
    },
    {
      key: "coverage",
      label: t("scores.figures.coverage"),
      value: format.number(latest.coverage, { style: "percent" }),
      hint: t("scores.figures.coverageHint"),
    },
  ];

  return (
    <Card title={t("scores.panel.title")}>
      <div className="space-y-8" data-testid="score-panel">
        <div>
          <p className="text-sm text-slate-700">
            {t("scores.panel.summary", { D: score(locale, latest.D), level: latest.level, label: levelLabel })}
          </p>
          <p className="mt-1 text-xs text-slate-500">
            {t("scores.panel.modelVersion", { version: latest.modelVersion })} ·{" "}
            {t("scores.panel.computedAt", {
              time: format.dateTime(new Date(latest.computedAt), { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
          {latest.modelVersion !== data.activeModelVersion && (
            <p className="mt-1 text-xs text-amber-800">
              {t("scores.panel.outdatedModel", { version: latest.modelVersion, active: data.activeModelVersion })}
            </p>
          )}
        </div>

        {/* Two to a row on a phone; the level's words take a row of their own there. */}
        <dl className="grid grid-flow-row-dense grid-cols-2 gap-3 sm:grid-flow-row lg:grid-cols-4">
          {figures.map((f) => (
            <div
              key={f.key}
              className={`rounded-md border border-slate-200 p-3 ${f.key === "level" ? "max-sm:col-span-2" : ""}`}
              data-testid={`score-${f.key}`}
            >
              <dt className="text-xs text-slate-600" title={f.hint}>
                {f.label}
              </dt>
              <dd className="mt-1 text-lg font-semibold text-slate-900">{f.value}</dd>
            </div>
          ))}
        </dl>

        <section aria-labelledby="score-coupling-title" className="rounded-md bg-slate-50 p-3 text-sm" data-testid="score-coupling">
          <h3 id="score-coupling-title" className="font-semibold text-slate-900">
            {t("scores.coupling.title")}
          </h3>
          <ul className="mt-1 space-y-0.5">
            {(["wang", "classic"] as const).map((k) => (
              <li key={k} data-testid={`coupling-${k}`}>
                {t(`scores.coupling.${k}`, { C: score(locale, latest.coupling[k].C), D: score(locale, latest.coupling[k].D) })}
                {latest.coupling.used === k && <span className="ml-1 font-medium text-emerald-800">({t("scores.coupling.used")})</span>}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-600">{t("scores.coupling.note")}</p>
        </section>

        <section aria-labelledby="score-radar-title" className="grid gap-4 md:grid-cols-2">
          <div>
            <h3 id="score-radar-title" className="text-base font-semibold text-slate-900">
              {t("scores.charts.radarTitle")}
            </h3>
            <ScoreRadar
              data={DIMENSIONS.map((d) => ({ dimension: dimensionNames[d], U: latest.U[d] }))}
              label={t("scores.figures.U")}
              alt={t("scores.charts.radarAlt")}
            />
          </div>
          <ChartTable
            caption={t("scores.charts.radarTitle")}
            open
            summary={t("scores.charts.showTable")}
            head={[t("scores.countries.indicator"), t("scores.figures.U")]}
            rows={DIMENSIONS.map((d) => [dimensionNames[d], score(locale, latest.U[d])])}
          />
        </section>

        {/* Below the first screen: rendered when the reader scrolls there (components/scores/section-actions.tsx). */}
        <DeferredSection
          action={loadScoreDetailsAction}
          input={{ projectId, locale: isLocale(locale) ? locale : routing.defaultLocale }}
          testId="score-details"
          placeholder={<div className="h-[48rem] animate-pulse rounded bg-slate-100" />}
        />
      </div>
    </Card>
  );
}
