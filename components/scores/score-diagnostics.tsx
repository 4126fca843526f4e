import { getFormatter, getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import type { CatalogEntry } from "@/lib/catalog/snapshot";
import { localized } from "@/lib/i18n/localized";
import type { ScoreView } from "@/lib/scores/view";
import type { ConstraintDiagnostic } from "@/lib/scoring";

import { percent, score } from "./format";

const formatValues = (values: Record<string, number | null>) =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      k === "count" || k === "required" || k === "flagged" || k === "counted" ? String(v ?? 0) : score(v),
    ]),
  );

/** Stage reasons, constraint badges with their numbers, and the top obstacles. */
export async function ScoreDiagnostics({
  latest,
  catalog,
  plan,
  locale,
}: {
  latest: ScoreView;
  catalog: CatalogEntry[];
  /** The project's baseline and target per indicator, shown beside each obstacle. */
  plan: ReadonlyMap<string, { baseline: number | null; target: number | null }>;
  locale: string;
}) {
  const [t, tp, format] = await Promise.all([getTranslations("scores"), getTranslations("plan"), getFormatter()]);
  const figure = (v: number | null) => (v === null ? tp("notSet") : format.number(v));
  const byId = new Map(catalog.map((i) => [i.id, i]));
  const constraintDetail = (c: ConstraintDiagnostic) => {
    const values = formatValues(c.values);
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
              <span>{t.has(`stageReasons.${r.key}`) ? t(`stageReasons.${r.key}`, formatValues(r.values)) : r.key}</span>
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
          <ol className="mt-2 space-y-1 text-sm" data-testid="obstacles">
            {latest.obstacles.map((o) => {
              const indicator = byId.get(o.indicatorId);
              return (
                <li key={o.indicatorId} className="flex justify-between gap-3">
                  <span>
                    <span className="font-mono text-xs text-slate-500">{o.code}</span>{" "}
                    {indicator ? localized(indicator, "name", locale) : ""}
                    {plan.has(o.indicatorId) && (
                      <span className="block text-xs text-slate-500" data-testid="obstacle-plan">
                        {tp("beside", {
                          baseline: figure(plan.get(o.indicatorId)!.baseline),
                          target: figure(plan.get(o.indicatorId)!.target),
                        })}
                      </span>
                    )}
                  </span>
                  <span className="tabular-nums" aria-label={t("obstacles.degree")}>
                    {percent(o.degree)}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
