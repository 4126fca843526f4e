import { getTranslations } from "next-intl/server";

import { RadarSvg } from "@/components/print/radar";
import { getFormatter } from "@/lib/i18n/formatter";
import type { PublishedProjectDetail } from "@/lib/publication/public";
import { DIMENSIONS } from "@/lib/scoring";

/** A published project's latest scores: radar, D, C, T, level, stage with its reasons, top obstacles. */
export async function ScoreFigures({ score, locale }: { score: NonNullable<PublishedProjectDetail["score"]>; locale: string }) {
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const n = (v: number) => format.number(v, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const value = (v: number | null, key: string) =>
    v === null ? "—" : ["count", "required", "flagged", "counted"].includes(key) || Number.isInteger(v) ? format.number(v) : n(v);
  return (
    <div className="grid gap-6 md:grid-cols-2" data-testid="public-scores">
      <div>
        <RadarSvg values={DIMENSIONS.map((d) => score.U[d])} labels={DIMENSIONS.map((d) => t(`scores.dimensions.${d}`))} size={240} />
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        <dt>{t("scores.figures.D")}</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="public-d">
          {n(score.D)}
        </dd>
        <dt>{t("scores.figures.C")}</dt>
        <dd className="text-right tabular-nums">{n(score.C)}</dd>
        <dt>{t("scores.figures.T")}</dt>
        <dd className="text-right tabular-nums">{n(score.T)}</dd>
        {DIMENSIONS.map((d) => (
          <div key={d} className="contents">
            <dt>{t(`scores.dimensions.${d}`)}</dt>
            <dd className="text-right tabular-nums">{n(score.U[d])}</dd>
          </div>
        ))}
        <dt>{t("scores.figures.level")}</dt>
        <dd className="text-right">
          {score.level} · {t(`levels.${score.levelKey}`)}
        </dd>
        <dt>{t("scores.figures.stage")}</dt>
        <dd className="text-right">
          {score.stage ? t("scores.figures.stageValue", { stage: score.stage }) : t("scores.figures.stageNone")}
        </dd>
      </dl>
      <section>
        <h3 className="font-semibold">{t("scores.stageReasons.title")}</h3>
        <ul className="mt-1 space-y-1 text-sm">
          {score.stageReasons.map((r) => (
            <li key={r.key}>
              {r.held ? "✓" : "✗"}{" "}
              {t.has(`scores.stageReasons.${r.key}`)
                ? t(`scores.stageReasons.${r.key}`, Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, value(v, k)])))
                : r.key}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3 className="font-semibold">{t("scores.obstacles.title")}</h3>
        {score.obstacles.length === 0 ? (
          <p className="text-sm">{t("scores.obstacles.none")}</p>
        ) : (
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
            {score.obstacles.map((o) => (
              <li key={o.indicatorId}>
                {o.name} — {pct(o.degree)}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
