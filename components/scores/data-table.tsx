import type { ReactNode } from "react";

/** A chart's text alternative: the same values as a table, in a disclosure. */
export function DataTable({
  caption,
  summary,
  head,
  rows,
  open = false,
}: {
  caption: string;
  summary: string;
  head: string[];
  rows: ReactNode[][];
  open?: boolean;
}) {
  return (
    <details open={open} className="text-sm">
      <summary className="cursor-pointer text-brand-700">{summary}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              {head.map((h) => (
                <th key={h} scope="col" className="px-3 py-1.5 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row" className="px-3 py-1.5 text-left font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={j} className="px-3 py-1.5 tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
