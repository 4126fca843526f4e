import type { ReactNode } from "react";

import { Card } from "@/components/ui/card";

import { TableTwin } from "./table-twin";

/**
 * A dashboard section: the chart, its table twin (same rows as the CSV, built when opened) and the CSV link. The CSV
 * is a plain link to the route handler, which applies the same filters and scope as the page.
 */
export function ChartSection({
  id,
  title,
  note,
  chart,
  head,
  rows,
  csvHref,
  csvLabel,
  tableLabel,
  children,
}: {
  id: string;
  title: string;
  note?: string;
  chart: ReactNode;
  head: string[];
  rows: string[][];
  csvHref: string;
  csvLabel: string;
  tableLabel: string;
  children?: ReactNode;
}) {
  return (
    <Card
      title={<span id={`section-${id}`}>{title}</span>}
      actions={
        <a href={csvHref} download className="text-sm text-brand-700 underline" data-testid={`csv-${id}`}>
          {csvLabel}
        </a>
      }
    >
      <div data-testid={`section-${id}`} className="space-y-3">
        {note && <p className="text-xs text-slate-600">{note}</p>}
        {children}
        {chart}
        <TableTwin caption={title} summary={tableLabel} head={head} rows={rows} />
      </div>
    </Card>
  );
}
