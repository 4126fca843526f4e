import { getTranslations } from "next-intl/server";

import type { TrendPoint } from "@/lib/portfolio/service";
import { trendTable, type Labels } from "@/lib/portfolio/tables";

import { ChartSection } from "./chart-section";
import type { PortfolioFormat } from "./format";

const W = 600;
const H = 180;
const PAD = { left: 36, right: 12, top: 10, bottom: 10 };
// D drawn strongest; the dimensions thinner, each in its own colour and dash so they differ in greyscale too.
const SERIES = [
  { key: "D", className: "stroke-brand-700", width: 3, dash: undefined },
  { key: "TECHNOLOGY", className: "stroke-emerald-600", width: 1.5, dash: "6 3" },
  { key: "INSTITUTIONAL", className: "stroke-amber-500", width: 1.5, dash: "2 3" },
  { key: "RESOURCE", className: "stroke-rose-600", width: 1.5, dash: "8 3 2 3" },
] as const;

/**
 * Scores per reporting period: the mean D and dimension scores as lines over the periods (plain
 * SVG from the server), the bar of reporting projects per period as text, and the table twin.
 */
export async function TrendSection({
  trend,
  labels,
  fmt,
  csvHref,
}: {
  trend: TrendPoint[];
  labels: Labels;
  fmt: PortfolioFormat;
  csvHref: string;
}) {
  const t = await getTranslations("portfolio");
  const title = t("sections.trend");
  const table = trendTable(trend, labels, fmt.period);
  const value = (p: TrendPoint, key: (typeof SERIES)[number]["key"]) => (key === "D" ? p.meanD : p.mean[key]);
  const x = (i: number) =>
    PAD.left + (trend.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (trend.length - 1));
  const y = (v: number) => PAD.top + (1 - v) * (H - PAD.top - PAD.bottom);
  return (
    <ChartSection
      id="trend"
      title={title}
      note={t("notes.trend")}
      head={table.head}
      rows={fmt.cells(table)}
      csvHref={csvHref}
      csvLabel={t("csv")}
      tableLabel={t("showTable")}
      chart={
        trend.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="trend-empty">
            {t("trendEmpty")}
          </p>
        ) : (
          <div role="img" aria-label={t("chartAlt", { title })}>
            <ul className="mb-2 flex flex-wrap gap-3 text-xs text-slate-600" aria-hidden>
              {SERIES.map((s) => (
                <li key={s.key} className="flex items-center gap-1">
                  <svg viewBox="0 0 20 6" className="h-2 w-5">
                    <line x1="0" y1="3" x2="20" y2="3" className={s.className} strokeWidth={s.width} strokeDasharray={s.dash} />
                  </svg>
                  {s.key === "D" ? labels.head("meanD") : labels.dimension(s.key)}
                </li>
              ))}
            </ul>
            <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" aria-hidden>
              {[0, 0.5, 1].map((v) => (
                <g key={v}>
                  <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="stroke-slate-200" />
                  <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" className="fill-slate-500 text-[10px]">
                    {fmt.score(v)}
                  </text>
                </g>
              ))}
              {SERIES.map((s) => {
                // A period without assessed projects breaks the line rather than drawing it to zero.
                const d = trend
                  .map((p, i) => [i, value(p, s.key)] as const)
                  .map(([i, v], j, all) =>
                    v === null ? "" : `${j > 0 && all[j - 1][1] !== null ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`,
                  )
                  .join("");
                return (
                  <g key={s.key}>
                    <path d={d} fill="none" className={s.className} strokeWidth={s.width} strokeDasharray={s.dash} />
                    {trend.map((p, i) => {
                      const v = value(p, s.key);
                      return v === null ? null : (
                        <circle key={i} cx={x(i)} cy={y(v)} r={s.key === "D" ? 3 : 2} className={`fill-white ${s.className}`} />
                      );
                    })}
                  </g>
                );
              })}
            </svg>
            <ol
              className="mt-1 grid gap-x-3 text-xs text-slate-700"
              style={{ gridTemplateColumns: `repeat(${trend.length}, minmax(0, 1fr))` }}
              aria-hidden
            >
              {trend.map((p) => (
                <li key={p.periodId} className="text-center">
                  <span className="block truncate font-medium" title={fmt.period(p)}>
                    {p.key}
                  </span>
                  <span className="block tabular-nums">
                    {t("trendBar", { meanD: fmt.score(p.meanD), reported: fmt.count(p.reported), projects: fmt.count(p.projects) })}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        )
      }
    />
  );
}
