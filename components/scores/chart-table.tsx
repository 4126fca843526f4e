import type { ReactNode } from "react";

import { DataTable } from "@/components/ui/data-table";

/** A chart's text alternative: the same values as a table, in a disclosure; the first cell names the row. */
export function ChartTable({
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
      <FiguresTable caption={caption} head={head} rows={rows} />
    </details>
  );
}

/** The table of a chart's figures, the first cell of each row naming it. */
export function FiguresTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <DataTable compact caption={caption} headers={head}>
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
    </DataTable>
  );
}
