/** A labelled progress bar; `value` null means "nothing to measure yet". */
export function ProgressBar({ value, label, emptyText }: { value: number | null; label: string; emptyText: string }) {
  const pct = value === null ? 0 : Math.round(value);
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value === null ? undefined : pct}
        aria-valuetext={value === null ? emptyText : `${pct} %`}
        className="h-2.5 w-full min-w-24 overflow-hidden rounded-full bg-slate-200 print:border print:border-slate-400"
      >
        <div className="h-full rounded-full bg-brand-600 print:bg-slate-700" style={{ width: `${pct}%` }} />
      </div>
      <span className="w-14 shrink-0 text-right text-sm tabular-nums text-slate-700" data-testid="progress-value">
        {value === null ? "—" : `${pct} %`}
      </span>
    </div>
  );
}
