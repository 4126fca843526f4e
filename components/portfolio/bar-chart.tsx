"use client";

/** One bar: the label and value text are already in the reader's language. */
export type Bar = { label: string; value: number; text: string };

/**
 * Horizontal bars in plain SVG. The figure is one image to assistive technology (named by `alt`);
 * its numbers are in the table twin beside it. A client component although it has no state: the
 * server then sends the bars as data (label, value, text) and renders their markup once, instead
 * of sending every bar's elements in the page's RSC payload as well as in its HTML (the dashboard
 * draws about 60 bars).
 */
export function BarChart({ bars, alt, max }: { bars: Bar[]; alt: string; max?: number }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  return (
    <div role="img" aria-label={alt} className="space-y-1.5">
      {bars.map((bar, i) => (
        <div key={i} className="grid grid-cols-[minmax(6rem,14rem)_1fr_auto] items-center gap-2 text-xs" aria-hidden>
          <span className="truncate text-slate-700" title={bar.label}>
            {bar.label}
          </span>
          <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="h-3 w-full">
            <rect x="0" y="0" width="100" height="8" className="fill-slate-100" />
            <rect x="0" y="0" width={(100 * Math.max(0, bar.value)) / top} height="8" className="fill-brand-600" />
          </svg>
          <span className="tabular-nums text-slate-900">{bar.text}</span>
        </div>
      ))}
    </div>
  );
}

const STACK_CLASSES = ["fill-emerald-500", "fill-amber-400", "fill-orange-500", "fill-red-600"];

/** Stacked horizontal bars (e.g. backlog by age), with a legend; `parts` labels name the segments. */
export function StackedBarChart({
  rows,
  parts,
  alt,
}: {
  rows: { label: string; values: number[]; text: string }[];
  parts: string[];
  alt: string;
}) {
  const top = Math.max(1, ...rows.map((r) => r.values.reduce((s, v) => s + v, 0)));
  return (
    <div role="img" aria-label={alt}>
      <ul className="mb-2 flex flex-wrap gap-3 text-xs text-slate-600" aria-hidden>
        {parts.map((p, i) => (
          <li key={p} className="flex items-center gap-1">
            <svg viewBox="0 0 10 10" className="h-3 w-3">
              <rect width="10" height="10" className={STACK_CLASSES[i % STACK_CLASSES.length]} />
            </svg>
            {p}
          </li>
        ))}
      </ul>
      <div className="space-y-1.5" aria-hidden>
        {rows.map((row, i) => {
          let x = 0;
          return (
            <div key={i} className="grid grid-cols-[minmax(6rem,14rem)_1fr_auto] items-center gap-2 text-xs">
              <span className="truncate text-slate-700" title={row.label}>
                {row.label}
              </span>
              <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="h-3 w-full">
                <rect x="0" y="0" width="100" height="8" className="fill-slate-100" />
                {row.values.map((v, j) => {
                  const w = (100 * v) / top;
                  const rect = <rect key={j} x={x} y="0" width={w} height="8" className={STACK_CLASSES[j % STACK_CLASSES.length]} />;
                  x += w;
                  return rect;
                })}
              </svg>
              <span className="tabular-nums text-slate-900">{row.text}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
