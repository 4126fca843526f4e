"use client";

import { useState } from "react";

import { FiguresTable } from "@/components/scores/chart-table";

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
      {open && <FiguresTable caption={caption} head={head} rows={rows} />}
    </details>
  );
}
