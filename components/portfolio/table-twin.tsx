"use client";

import { useState } from "react";

import { DataTable } from "@/components/ui/data-table";

/**
 * A dashboard chart's table twin (the figures as text, already formatted on the server in the
 * page's language), in a disclosure that builds the table when the reader opens it. The
 * dashboard has nine of these, all closed at first: rendering them on every view was about a
 * third of the page's server time and markup (bench:web), for tables few readers open.
 */
export function TableTwin({ caption, summary, head, rows }: { caption: string; summary: string; head: string[]; rows: string[][] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-brand-700">{summary}</summary>
      {open && (
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
      )}
    </details>
  );
}
