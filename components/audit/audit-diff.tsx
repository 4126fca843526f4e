"use client";

import { useLocale, useTranslations } from "next-intl";

import { diffRows } from "@/lib/audit/diff";
import { BARE_VALUE_FIELD } from "@/lib/audit/fields";
import { auditFieldLabel, type Names } from "@/lib/audit/labels";
import { auditValueNode } from "@/lib/audit/nested";

import { AuditValue } from "./audit-value";

/**
 * The recorded change as a table: each changed field, by its name in the reader's language,
 * with its old value struck through and its new one marked inserted; unchanged fields are only
 * counted. A code (status, role, kind, reason…) shows in the reader's words, an id the server
 * could name (`names`) as that name, linked where it has a page, and dates and numbers follow
 * the reader's locale (lib/audit/labels.ts, shared with the download). Objects and lists
 * recorded inside a field show the same way, key by key (lib/audit/nested.ts).
 */
export function AuditDiff({
  entityType,
  before,
  after,
  names = {},
}: {
  entityType: string;
  before: unknown;
  after: unknown;
  names?: Names;
}) {
  const t = useTranslations("auditLog.diff");
  // The field and value labels look up keys of their own (the page sends AUDIT_MESSAGES).
  const tAll = useTranslations();
  const locale = useLocale();
  const rows = diffRows(before, after, BARE_VALUE_FIELD[entityType]);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("nothing")}</p>;
  const changed = rows.filter((r) => r.changed);
  const show = (field: string, v: unknown) => <AuditValue node={auditValueNode(tAll, locale, entityType, field, v, names)} />;
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
              <th scope="row" className="py-1 pr-2 text-left font-normal" title={r.field}>
                {auditFieldLabel(tAll, entityType, r.field)}
              </th>
              <td className="max-w-xs break-words py-1 pr-2">
                {r.before === undefined || r.before === null ? (
                  t("empty")
                ) : (
                  <del className="bg-red-50 text-red-800">{show(r.field, r.before)}</del>
                )}
              </td>
              <td className="max-w-xs break-words py-1">
                {r.after === undefined || r.after === null ? (
                  t("empty")
                ) : (
                  <ins className="bg-green-50 text-green-800 no-underline">{show(r.field, r.after)}</ins>
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
