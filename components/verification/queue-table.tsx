"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent } from "react";

import { useActionButton } from "@/components/forms/use-action-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { confirmManyAction } from "@/lib/evidence/actions";
import { Link, useRouter } from "@/lib/i18n/navigation";

export type QueueItem = {
  id: string;
  version: number;
  value: number;
  unitLabel: string;
  ageDays: number;
  submittedAt: string | null;
  unusual: boolean;
  project: { id: string; code: string };
  indicator: string;
  organization: string;
};

/**
 * The queue as a table one can work through from the keyboard: j / k (or the arrows) move between
 * rows, space selects, Enter opens the item. The selected items are confirmed in one action; what
 * the counterpart rules refused is listed with its reason.
 */
export function QueueTable({ items }: { items: QueueItem[] }) {
  const t = useTranslations("queue");
  const te = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const bulk = useActionButton(confirmManyAction, {
    feature: "intake",
    onSuccess: () => {
      setSelected([]);
      router.refresh();
    },
  });
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const move = (index: number) => rows.current[Math.max(0, Math.min(items.length - 1, index))]?.focus();
  const onKey = (e: KeyboardEvent, index: number, item: QueueItem) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === "j" || e.key === "ArrowDown") move(index + 1);
    else if (e.key === "k" || e.key === "ArrowUp") move(index - 1);
    else if (e.key === " ") toggle(item.id);
    else if (e.key === "Enter") router.push(`/evidence/${item.id}`);
    else return;
    e.preventDefault();
  };
  const reason = (code: string) =>
    te.has(`errors.${code}`)
      ? te(`errors.${code}`)
      : te.has(`evidence.errors.${code}`)
        ? te(`evidence.errors.${code}`)
        : te("errors.generic");
  const result = bulk.data;
  // Only what is on screen counts: a filter or a refresh may have taken selected rows away.
  const chosen = items.filter((i) => selected.includes(i.id));

  return (
    <div className="space-y-3">
      {result && result.confirmed.length > 0 && (
        <Notice tone="success" testId="queue-confirmed">
          {t("confirmed", { count: result.confirmed.length })}
        </Notice>
      )}
      {result && result.refused.length > 0 && (
        <Notice tone="warning" testId="queue-refused">
          {t("refused", { count: result.refused.length, reasons: [...new Set(result.refused.map((r) => reason(r.code)))].join(" ") })}
        </Notice>
      )}
      {bulk.error && <Notice tone="error">{bulk.error}</Notice>}
      {items.length === 0 ? (
        <Notice tone="info">{t("empty")}</Notice>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <Button
              disabled={chosen.length === 0 || bulk.isPending}
              onClick={() => bulk.run({ items: chosen.map((i) => ({ id: i.id, version: i.version })) })}
              data-testid="confirm-selected"
            >
              {bulk.isPending ? t("confirming") : t("confirmSelected", { count: chosen.length })}
            </Button>
            <p className="text-xs text-slate-500">{t("keyboard")}</p>
          </div>
          <DataTable
            testId="queue-table"
            headers={[
              <input
                key="all"
                type="checkbox"
                aria-label={t("selectAll")}
                checked={items.length > 0 && chosen.length === items.length}
                onChange={(e) => setSelected(e.target.checked ? items.map((i) => i.id) : [])}
              />,
              t("columns.age"),
              t("columns.project"),
              t("columns.indicator"),
              t("columns.value"),
              t("columns.organization"),
            ]}
          >
            {items.map((item, index) => (
              <tr
                key={item.id}
                ref={(el) => {
                  rows.current[index] = el;
                }}
                tabIndex={0}
                onKeyDown={(e) => onKey(e, index, item)}
                aria-selected={selected.includes(item.id)}
                data-testid="queue-row"
                className="focus:bg-brand-50 focus:outline-none aria-selected:bg-blue-50"
              >
                <td className="px-4 py-2">
                  <input
                    type="checkbox"
                    aria-label={`${t("columns.select")} ${item.indicator}`}
                    checked={selected.includes(item.id)}
                    onChange={() => toggle(item.id)}
                  />
                </td>
                <td
                  className="whitespace-nowrap px-4 py-2 tabular-nums"
                  title={
                    item.submittedAt ? format.dateTime(new Date(item.submittedAt), { dateStyle: "medium", timeStyle: "short" }) : undefined
                  }
                >
                  {t("age", { days: item.ageDays })}
                </td>
                <td className="px-4 py-2 font-mono text-xs">{item.project.code}</td>
                <td className="px-4 py-2">
                  <Link href={`/evidence/${item.id}`} className="text-brand-700 hover:underline" tabIndex={-1}>
                    {item.indicator}
                  </Link>
                </td>
                <td className="whitespace-nowrap px-4 py-2 tabular-nums">
                  {format.number(item.value)} {item.unitLabel} {item.unusual && <Badge tone="amber">{t("unusual")}</Badge>}
                </td>
                <td className="px-4 py-2">{item.organization}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </div>
  );
}
