"use client";

import { useFormatter, useTranslations } from "next-intl";

import { diffRows } from "@/lib/audit/diff";
import { Link } from "@/lib/i18n/navigation";

import { auditValueLabel } from "./labels";

type Names = Record<string, { label: string; href: string | null }>;

/**
 * The recorded change as a table: each changed field with its old value struck through and its
 * new one marked inserted; unchanged fields are only counted. Numbers follow the reader's locale;
 * an id the server could name (`names`) shows as that name, linked where it has a page, and a
 * code with words of its own (why a token was revoked) shows in those words.
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
  const tokens = useTranslations("apiTokens");
  const format = useFormatter();
  const rows = diffRows(before, after);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("nothing")}</p>;
  const changed = rows.filter((r) => r.changed);
  const show = (field: string, v: unknown) => {
    const label = auditValueLabel(tokens, entityType, field, v);
    if (label !== null) return <span title={String(v)}>{label}</span>;
    if (typeof v === "string" && Object.hasOwn(names, v)) {
      const ref = names[v];
      return ref.href ? (
        <Link href={ref.href} className="underline" title={v}>
          {ref.label}
        </Link>
      ) : (
        <span title={v}>{ref.label}</span>
      );
    }
    return v === undefined || v === null
      ? t("empty")
      : typeof v === "number"
        ? format.number(v)
        : typeof v === "string"
          ? v
          : JSON.stringify(v);
  };
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
