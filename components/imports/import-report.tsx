"use client";

import { useFormatter, useTranslations } from "next-intl";

import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { ImportResult } from "@/lib/imports/validate";

/** Rows shown at most; the counts cover the whole file. */
const SHOWN = 500;

const tone = { new: "green", changed: "blue", unchanged: "neutral", empty: "neutral", refused: "red" } as const;

/** The dry run row by row: accepted (new or changed from the current value), unchanged, empty or refused with the reason. */
export function ImportReport({ result }: { result: ImportResult }) {
  const t = useTranslations("imports");
  const format = useFormatter();
  // Refused rows first: they are what the person has to act on.
  const ordered = [...result.rows].sort((a, b) => Number(b.status === "refused") - Number(a.status === "refused") || a.line - b.line);
  const reason = (code: string, values: Record<string, string | number> = {}) =>
    t.has(`rowErrors.${code}`) ? t(`rowErrors.${code}`, values) : t("rowErrors.numberInvalid", { text: "" });
  return (
    <div className="space-y-2" data-testid="import-report">
      <p className="text-sm font-medium text-slate-800" data-testid="import-summary">
        {t("summary", result.counts)}
      </p>
      <DataTable
        headers={[t("report.line"), t("report.code"), t("report.status"), t("report.value"), t("report.current"), t("report.reason")]}
        alignTop
      >
        {ordered.slice(0, SHOWN).map((row) => (
          <tr key={row.line} data-testid="import-row" data-status={row.status}>
            <td className="px-4 py-2 tabular-nums">{row.line}</td>
            <td className="px-4 py-2 font-mono">{row.code}</td>
            <td className="px-4 py-2">
              <Badge tone={tone[row.status]}>{t(`status.${row.status}`)}</Badge>
            </td>
            <td className="px-4 py-2 tabular-nums">{row.value !== undefined ? format.number(row.value) : ""}</td>
            <td className="px-4 py-2 tabular-nums">{row.current !== undefined ? format.number(row.current) : ""}</td>
            <td className="px-4 py-2">
              {row.reason && <span className="text-red-800">{reason(row.reason.code, row.reason.values)}</span>}
              {row.outlier && (
                <span className="text-amber-800">{t("report.unusual", { low: row.outlier.low, high: row.outlier.high })}</span>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {ordered.length > SHOWN && <p className="text-sm text-slate-600">{t("moreRows", { count: ordered.length - SHOWN })}</p>}
    </div>
  );
}
