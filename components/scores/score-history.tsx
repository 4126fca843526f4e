import { getFormatter, getTranslations } from "next-intl/server";

import type { ScoreHistoryPoint } from "@/lib/scores/view";
import { DIMENSIONS } from "@/lib/scoring";

import { ChartTable } from "./chart-table";
import { score, triggerLabel } from "./format";
import { ScoreHistoryChart } from "./score-charts";

/** D and the three U over time, with the event behind each snapshot. */
export async function ScoreHistory({ history }: { history: ScoreHistoryPoint[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" });
  const names = {
    D: "D",
    ...(Object.fromEntries(DIMENSIONS.map((d) => [d, t(`scores.dimensions.${d}`)])) as Record<(typeof DIMENSIONS)[number], string>),
  };
  return (
    <section aria-labelledby="score-history-title">
      <h3 id="score-history-title" className="text-base font-semibold text-slate-900">
        {t("scores.charts.historyTitle")}
      </h3>
      {history.length === 0 ? (
        <p className="text-sm text-slate-600">{t("scores.charts.noHistory")}</p>
      ) : (
        <>
          <ScoreHistoryChart
            alt={t("scores.charts.historyAlt")}
            names={names}
            data={history.map((h) => ({ label: when(h.computedAt), D: h.D, ...h.U }))}
          />
          <ChartTable
            caption={t("scores.charts.historyTitle")}
            summary={t("scores.charts.showTable")}
            head={[
              t("scores.history.time"),
              t("scores.history.event"),
              "D",
              ...DIMENSIONS.map((d) => names[d]),
              t("scores.history.level"),
              t("scores.history.stage"),
              t("scores.history.model"),
            ]}
            rows={[...history]
              .reverse()
              .map((h) => [
                when(h.computedAt),
                triggerLabel(t, h.trigger),
                score(h.D),
                ...DIMENSIONS.map((d) => score(h.U[d])),
                h.level,
                h.stage ?? "—",
                `v${h.modelVersion}`,
              ])}
          />
        </>
      )}
    </section>
  );
}
