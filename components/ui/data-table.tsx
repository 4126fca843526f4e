import type { ReactNode } from "react";

/**
 * The platform's table: column headers, rows, and whatever follows (empty or loading text).
 * `compact` drops the card frame and tightens the cells, for tables nested in another card
 * (a chart's text alternative).
 *
 * On a narrow screen the table scrolls sideways inside its own box, never the page: its first
 * column (what a row is about) stays in place and no column is squeezed below a readable width
 * (`.data-table` in globals.css). The box is focusable and named, so keyboard users can scroll it.
 * The box is positioned: a visually hidden header (`sr-only` is absolutely positioned) in a far
 * column is then clipped by it, instead of widening the whole page on a phone.
 */
export function DataTable({
  headers,
  children,
  footer,
  testId,
  caption,
  alignTop = false,
  compact = false,
}: {
  headers: ReactNode[];
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  /** Names the table for screen readers. */
  caption?: string;
  alignTop?: boolean;
  compact?: boolean;
}) {
  return (
    <div className={compact ? "mt-2" : "rounded-lg border border-slate-200 bg-white"}>
      <div
        className="relative overflow-x-auto"
        role={caption ? "region" : undefined}
        aria-label={caption}
        tabIndex={caption ? 0 : undefined}
      >
        <table className="data-table min-w-full text-sm" data-testid={testId}>
          {caption && <caption className="sr-only">{caption}</caption>}
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              {headers.map((header, i) => (
                <th key={i} scope="col" className={compact ? "px-3 py-1.5 font-medium" : "px-4 py-2 font-medium"}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={`divide-y divide-slate-100 ${alignTop ? "align-top" : ""}`}>{children}</tbody>
        </table>
      </div>
      {footer}
    </div>
  );
}
