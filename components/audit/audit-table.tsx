"use client";

import { useFormatter, useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import type { TAuditQuery } from "@/lib/audit/schema";

import { useAuditLog } from "./use-audit-log";

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return null;
  return <pre className="max-h-48 overflow-auto rounded bg-slate-50 p-2 text-xs">{JSON.stringify(value, null, 2)}</pre>;
}

export function AuditTable({ filter }: { filter: Omit<TAuditQuery, "before"> }) {
  const t = useTranslations();
  const format = useFormatter();
  const query = useAuditLog(filter);
  const rows = query.data?.pages.flatMap((p) => p.entries) ?? [];
  if (query.isError) return <Notice tone="error">{t("errors.generic")}</Notice>;
  const footer = query.isPending ? (
    <p className="p-4 text-sm text-slate-600">{t("common.loading")}</p>
  ) : query.isSuccess && rows.length === 0 ? (
    <p className="p-4 text-sm text-slate-600">{t("common.noResults")}</p>
  ) : null;
  return (
    <div className="space-y-4">
      <DataTable
        headers={[t("audit.time"), t("audit.actor"), t("audit.action"), t("audit.entity"), t("audit.details")]}
        testId="audit-table"
        alignTop
        footer={footer}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <td className="whitespace-nowrap px-4 py-2">
              <time dateTime={r.createdAt}>{format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "medium" })}</time>
            </td>
            <td className="px-4 py-2">{r.actor ? `${r.actor.name} <${r.actor.email}>` : t("audit.system")}</td>
            <td className="px-4 py-2">
              <code>{r.action}</code>
            </td>
            <td className="px-4 py-2">
              <span>{r.entityType}</span> <code className="text-xs text-slate-500">{r.entityId}</code>
            </td>
            <td className="px-4 py-2">
              {(r.before !== null || r.after !== null) && (
                <details>
                  <summary className="cursor-pointer text-brand-700">{t("audit.details")}</summary>
                  <div className="mt-2 grid gap-2 md:grid-cols-2">
                    <div>
                      <p className="text-xs font-semibold">{t("audit.before")}</p>
                      <Json value={r.before} />
                    </div>
                    <div>
                      <p className="text-xs font-semibold">{t("audit.after")}</p>
                      <Json value={r.after} />
                    </div>
                  </div>
                </details>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {query.hasNextPage ? (
        <Button variant="secondary" disabled={query.isFetchingNextPage} onClick={() => query.fetchNextPage()}>
          {query.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
        </Button>
      ) : (
        rows.length > 0 && <p className="text-sm text-slate-500">{t("audit.end")}</p>
      )}
    </div>
  );
}
