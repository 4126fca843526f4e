"use client";

import { useFormatter, useTranslations } from "next-intl";

import { diffRows } from "@/lib/audit/diff";

/**
 * The recorded change as a table: each changed field with its old value struck through and its
 * new one marked inserted; unchanged fields are only counted. Numbers follow the reader's locale.
 */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useTranslations("auditLog.diff");
  const format = useFormatter();
  const rows = diffRows(before, after);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("nothing")}</p>;
  const changed = rows.filter((r) => r.changed);
  const show = (v: unknown) =>
    v === undefined || v === null ? t("empty") : typeof v === "number" ? format.number(v) : typeof v === "string" ? v : JSON.stringify(v);
  return (
    <div className="space-y-1">
      <table className="w-full text-xs" data-testid="audit-diff">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t("field")}
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t("before")}
            </th>
            <th scope="col" className="py-1 font-medium">
              {t("after")}
            </th>
          </tr>
        </thead>
        <tbody className="align-top">
          {changed.map((r) => (
            <tr key={r.field} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-2 text-left font-mono font-normal">
                {r.field}
              </th>
              <td className="max-w-xs break-words py-1 pr-2">
                {r.before === undefined || r.before === null ? t("empty") : <del className="bg-red-50 text-red-800">{show(r.before)}</del>}
              </td>
              <td className="max-w-xs break-words py-1">
                {r.after === undefined || r.after === null ? (
                  t("empty")
                ) : (
                  <ins className="bg-green-50 text-green-800 no-underline">{show(r.after)}</ins>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > changed.length && <p className="text-xs text-slate-500">{t("unchanged", { count: rows.length - changed.length })}</p>}
    </div>
  );
}
