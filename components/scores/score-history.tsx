import { getTranslations } from "next-intl/server";

import { getFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import type { ExplainedPoint } from "@/lib/scores/causes";
import { DIMENSIONS } from "@/lib/scoring";

import { ChartTable } from "./chart-table";
import { triggerLabel } from "./format";
import { ScoreHistoryChart } from "./score-charts";

/** D and the three U over time, with the event behind each snapshot and a link to it. */
export async function ScoreHistory({ history }: { history: ExplainedPoint[] }) {
  const [t, te, format] = await Promise.all([getTranslations(), getTranslations("explain"), getFormatter()]);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" });
  const num = (x: number) => format.number(x, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const signed = (x: number | null) =>
    x === null ? "—" : format.number(x, { minimumFractionDigits: 3, maximumFractionDigits: 3, signDisplay: "exceptZero" });
  const names = {
    D: "D",
    ...(Object.fromEntries(DIMENSIONS.map((d) => [d, t(`scores.dimensions.${d}`)])) as Record<(typeof DIMENSIONS)[number], string>),
  };
  const event = (h: ExplainedPoint) => {
    const label = h.trigger === "hidden" || h.trigger === "seed" ? te(`history.${h.trigger}`) : triggerLabel(t, h.trigger);
    if (!h.cause) return label;
    const anchor = h.cause.verificationId ? `#verification-${h.cause.verificationId}` : "";
    return (
      <span data-testid="history-cause">
        {label}:{" "}
        <Link href={`/evidence/${h.cause.evidenceId}${anchor}`} className="text-brand-700 underline">
          {te("history.evidenceLink", { code: h.cause.indicatorCode })}
        </Link>
      </span>
    );
  };
  return (
    <section aria-labelledby="score-history-title" data-testid="score-history">
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
            summary={te("history.showEvents")}
            open
            head={[
              t("scores.history.time"),
              t("scores.history.event"),
              te("history.deltaD"),
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
                event(h),
                signed(h.deltaD),
                num(h.D),
                ...DIMENSIONS.map((d) => num(h.U[d])),
                format.number(h.level),
                h.stage ? format.number(h.stage) : "—",
                `v${h.modelVersion}`,
              ])}
          />
        </>
      )}
    </section>
  );
}
