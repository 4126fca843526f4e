import { getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import type { CatalogEntry } from "@/lib/catalog/snapshot";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import { TOP_OBSTACLES, type ScoreView } from "@/lib/scores/view";
import type { ConstraintDiagnostic } from "@/lib/scoring";

import { diagnosticValues } from "./format";

type Plan = ReadonlyMap<string, { baseline: number | null; target: number | null }>;

function ObstacleList({
  obstacles,
  byId,
  plan,
  locale,
  label,
  testId,
  pct,
  planText,
}: {
  obstacles: ScoreView["obstacles"];
  byId: Map<string, CatalogEntry>;
  plan: Plan;
  locale: string;
  label: string;
  testId: string;
  pct: (x: number) => string;
  planText: (p: { baseline: number | null; target: number | null }) => string;
}) {
  return (
    <ol className="mt-2 space-y-1 text-sm" data-testid={testId}>
      {obstacles.map((o) => {
        const indicator = byId.get(o.indicatorId);
        const planned = plan.get(o.indicatorId);
        return (
          <li key={o.indicatorId} className="flex justify-between gap-3">
            <span>
              <span className="font-mono text-xs text-slate-500">{o.code}</span> {indicator ? localized(indicator, "name", locale) : ""}
              {planned && (
                <span className="block text-xs text-slate-500" data-testid="obstacle-plan">
                  {planText(planned)}
                </span>
              )}
            </span>
            <span className="tabular-nums" aria-label={label}>
              {pct(o.degree)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Stage reasons, constraint badges with their numbers, and the obstacles (top ones, then all). */
export async function ScoreDiagnostics({
  latest,
  catalog,
  plan,
  locale,
}: {
  latest: ScoreView;
  catalog: CatalogEntry[];
  /** The project's baseline and target per indicator, shown beside each obstacle. */
  plan: Plan;
  locale: string;
}) {
  const [t, tp, te, format] = await Promise.all([
    getTranslations("scores"),
    getTranslations("plan"),
    getTranslations("explain"),
    getFormatter(),
  ]);
  const figure = (v: number | null) => (v === null ? tp("notSet") : format.number(v));
  const planText = (p: { baseline: number | null; target: number | null }) =>
    tp("beside", { baseline: figure(p.baseline), target: figure(p.target) });
  const pct = (x: number) => format.number(x, { style: "percent", maximumFractionDigits: 0 });
  const byId = new Map(catalog.map((i) => [i.id, i]));
  const constraintDetail = (c: ConstraintDiagnostic) => {
    const values = diagnosticValues(locale, c.values);
    if (c.key === "institutionalLag") return t("constraints.lagDetail", values);
    return c.values.mean === null ? t("constraints.flaggedNone", values) : t("constraints.flaggedDetail", values);
  };
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <section aria-labelledby="stage-reasons-title">
        <h3 id="stage-reasons-title" className="text-base font-semibold text-slate-900">
          {t("stageReasons.title")}
        </h3>
        <ul className="mt-2 space-y-1.5 text-sm" data-testid="stage-reasons">
          {latest.stageReasons.map((r) => (
            <li key={r.key} className="flex items-start gap-2">
              <Badge tone={r.held ? "green" : "neutral"}>{r.held ? t("stageReasons.met") : t("stageReasons.notMet")}</Badge>
              <span>{t.has(`stageReasons.${r.key}`) ? t(`stageReasons.${r.key}`, diagnosticValues(locale, r.values)) : r.key}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="constraints-title">
        <h3 id="constraints-title" className="text-base font-semibold text-slate-900">
          {t("constraints.title")}
        </h3>
        <ul className="mt-2 space-y-2 text-sm" data-testid="constraints">
          {latest.constraints.map((c) => (
            <li key={c.key}>
              <div className="flex items-center gap-2">
                <span className="font-medium">{t(`constraints.${c.key}`)}</span>
                <Badge tone={c.triggered ? "amber" : "green"}>{c.triggered ? t("constraints.triggered") : t("constraints.clear")}</Badge>
              </div>
              <p className="text-xs text-slate-600">{constraintDetail(c)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="obstacles-title">
        <h3 id="obstacles-title" className="text-base font-semibold text-slate-900">
          {t("obstacles.title")}
        </h3>
        <p className="text-xs text-slate-600">{t("obstacles.intro")}</p>
        {latest.obstacles.length === 0 ? (
          <p className="mt-2 text-sm">{t("obstacles.none")}</p>
        ) : (
          <>
            <ObstacleList
              obstacles={latest.obstacles.slice(0, TOP_OBSTACLES)}
              byId={byId}
              plan={plan}
              locale={locale}
              label={t("obstacles.degree")}
              testId="obstacles"
              pct={pct}
              planText={planText}
            />
            {latest.obstacles.length > TOP_OBSTACLES && (
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-brand-700">{te("obstacles.showAll", { count: latest.obstacles.length })}</summary>
                <ObstacleList
                  obstacles={latest.obstacles}
                  byId={byId}
                  plan={plan}
                  locale={locale}
                  label={t("obstacles.degree")}
                  testId="obstacles-all"
                  pct={pct}
                  planText={planText}
                />
              </details>
            )}
          </>
        )}
      </section>
    </div>
  );
}
