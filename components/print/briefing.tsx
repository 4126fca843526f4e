import { getTranslations } from "next-intl/server";

import type { CatalogEntry } from "@/lib/catalog/snapshot";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import type { ProjectDetail } from "@/lib/projects/service";
import { pickText } from "@/lib/projects/texts";
import type { ScoreView } from "@/lib/scores/view";
import { DIMENSIONS } from "@/lib/scoring";

import { RadarSvg } from "./radar";

const SUMMARY_MAX = 700;
const clip = (text: string) => (text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX).trimEnd()}…` : text);

/** One language's column of the one-page project briefing. */
export async function BriefingColumn({
  project,
  latest,
  catalog,
  locale,
}: {
  project: ProjectDetail;
  latest: ScoreView | null;
  catalog: CatalogEntry[];
  locale: "en" | "zh" | "ru";
}) {
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const { shown } = pickText(project.texts, project.originalLocale, project.textVersion, locale);
  const n = (v: number) => format.number(v, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const byId = new Map(catalog.map((i) => [i.id, i]));
  const assessed = latest !== null && latest.countedIndicators > 0;
  const h2 = "mt-3 mb-1 border-b border-slate-300 text-[11px] font-semibold uppercase tracking-wide text-slate-700";
  return (
    <article>
      <p className="text-[9px] text-slate-500">
        {project.code} · {t(`projects.sectors.${project.sector}`)} · {t(`projects.statuses.${project.status}`)}
      </p>
      <h1 className="text-base font-bold leading-tight">{shown.title}</h1>
      <p className="text-[9px] text-slate-600">
        {project.location} · {day(project.startDate)} – {project.endDate ? day(project.endDate) : t("projects.detail.openEnded")}
        {shown.locale !== locale ? ` · ${t("projects.text.originalIn", { language: t(`languages.${shown.locale}`) })}` : ""}
      </p>
      <p className="mt-2 whitespace-pre-line">{clip(shown.summary)}</p>

      <h2 className={h2}>{t("projects.detail.partners")}</h2>
      <ul>
        {project.partners
          .filter((p) => p.status === "ACCEPTED")
          .map((p) => (
            <li key={p.organizationId}>
              {localized(p.organization, "name", locale)} — {t(`countries.${p.organization.country}`)}, {t(`projects.roles.${p.role}`)}
            </li>
          ))}
      </ul>

      <h2 className={h2}>{t("scores.panel.title")}</h2>
      {!assessed || !latest ? (
        <p>{t("scores.panel.notAssessed")}</p>
      ) : (
        <>
          <div className="flex items-start gap-3">
            <RadarSvg values={DIMENSIONS.map((d) => latest.U[d])} labels={DIMENSIONS.map((d) => t(`scores.dimensions.${d}`))} size={160} />
            <dl className="grid flex-1 grid-cols-2 gap-x-2 gap-y-0.5" data-testid="briefing-figures">
              <dt>{t("scores.figures.D")}</dt>
              <dd className="text-right font-semibold tabular-nums">{n(latest.D)}</dd>
              <dt>{t("scores.figures.C")}</dt>
              <dd className="text-right tabular-nums">{n(latest.C)}</dd>
              <dt>{t("scores.figures.T")}</dt>
              <dd className="text-right tabular-nums">{n(latest.T)}</dd>
              {DIMENSIONS.map((d) => (
                <div key={d} className="contents">
                  <dt>{t(`scores.dimensions.${d}`)}</dt>
                  <dd className="text-right tabular-nums">{n(latest.U[d])}</dd>
                </div>
              ))}
              <dt>{t("scores.figures.level")}</dt>
              <dd className="text-right">
                {latest.level} · {t(`levels.${latest.levelKey}`)}
              </dd>
              <dt>{t("scores.figures.confidence")}</dt>
              <dd className="text-right tabular-nums">{pct(latest.confidence)}</dd>
            </dl>
          </div>

          <h2 className={h2}>
            {t("scores.figures.stage")}:{" "}
            {latest.stage ? t("scores.figures.stageValue", { stage: latest.stage }) : t("scores.figures.stageNone")}
          </h2>
          <ul>
            {latest.stageReasons.map((r) => (
              <li key={r.key}>
                {r.held ? "✓" : "✗"}{" "}
                {t.has(`scores.stageReasons.${r.key}`)
                  ? t(
                      `scores.stageReasons.${r.key}`,
                      Object.fromEntries(
                        Object.entries(r.values).map(([k, v]) => [
                          k,
                          v === null ? "—" : typeof v === "number" && !Number.isInteger(v) ? n(v) : String(v),
                        ]),
                      ),
                    )
                  : r.key}
              </li>
            ))}
          </ul>

          <h2 className={h2}>{t("scores.obstacles.title")}</h2>
          {latest.obstacles.length === 0 ? (
            <p>{t("scores.obstacles.none")}</p>
          ) : (
            <ol className="list-decimal pl-4">
              {latest.obstacles.map((o) => {
                const indicator = byId.get(o.indicatorId);
                return (
                  <li key={o.indicatorId}>
                    {o.code} {indicator ? localized(indicator, "name", locale) : ""} — {pct(o.degree)}
                  </li>
                );
              })}
            </ol>
          )}
          <p className="mt-2 text-[8.5px] text-slate-500">
            {t("scores.panel.modelVersion", { version: latest.modelVersion })} ·{" "}
            {t("scores.panel.computedAt", {
              time: format.dateTime(new Date(latest.computedAt), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
            })}
          </p>
        </>
      )}
    </article>
  );
}
