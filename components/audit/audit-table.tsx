"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { auditActionLabel, auditEntityTypeLabel } from "@/lib/audit/labels";
import type { TAuditQuery } from "@/lib/audit/schema";
import { Link } from "@/lib/i18n/navigation";

import { AuditDiff } from "./audit-diff";
import { useAuditLog, type AuditRow } from "./use-audit-log";

/** What an entry is about: its kind and name, a link where it has a page, the id only as a last resort. */
function Entity({ row }: { row: AuditRow }) {
  const t = useTranslations("auditLog");
  const tAll = useTranslations();
  const type = auditEntityTypeLabel(tAll, row.entityType);
  if (!row.entity) {
    return (
      <>
        <span>{type}</span> <code className="text-xs text-slate-500">{row.entityId}</code>
      </>
    );
  }
  return (
    <>
      <span className="block text-xs text-slate-500">{type}</span>
      {row.entity.href ? (
        <Link href={row.entity.href} className="text-brand-700 underline" title={t("idLabel", { id: row.entityId })}>
          {row.entity.label}
        </Link>
      ) : (
        <span title={t("idLabel", { id: row.entityId })}>{row.entity.label}</span>
      )}
    </>
  );
}

export function AuditTable({ filter }: { filter: Omit<TAuditQuery, "before"> }) {
  const t = useTranslations();
  const format = useFormatter();
  const query = useAuditLog(filter, useLocale());
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
            <td className="px-4 py-2" title={r.action}>
              {auditActionLabel(t, r.action)}
            </td>
            <td className="px-4 py-2">
              <Entity row={r} />
            </td>
            <td className="px-4 py-2">
              {(r.before !== null || r.after !== null) && (
                <details>
                  <summary className="cursor-pointer text-brand-700">{t("audit.details")}</summary>
                  <div className="mt-2">
                    <AuditDiff entityType={r.entityType} before={r.before} after={r.after} names={r.names} />
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
