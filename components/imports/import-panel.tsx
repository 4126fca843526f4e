"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import { FormError } from "@/components/forms/form-error";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { sendMultipart } from "@/lib/api/client";
import { Link } from "@/lib/i18n/navigation";
import type { ImportResult } from "@/lib/imports/validate";

import { ImportReport } from "./import-report";

type Period = { id: string; key: string };

/**
 * Template download, upload, the dry run's report, then the confirmation. The file stays in the
 * browser between the two steps; the confirmation sends it again and the server checks it again,
 * so what is stored is exactly what the report showed, or nothing.
 */
export function ImportPanel({ projectId, periods }: { projectId: string; periods: Period[] }) {
  const t = useTranslations("imports");
  const locale = useLocale();
  const errorText = useErrorText("intake");
  const [periodId, setPeriodId] = useState(periods[0]?.id ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [intent, setIntent] = useState<"draft" | "submit">("submit");
  const [confirmOutliers, setConfirmOutliers] = useState(false);

  const send = (mode: "dry" | "confirm") =>
    sendMultipart<ImportResult>(
      `/api/projects/${projectId}/import`,
      "POST",
      { periodId, mode, intent, confirmOutliers, locale },
      file ? [file] : [],
    );
  const dry = useMutation({ mutationFn: () => send("dry") });
  const confirm = useMutation({ mutationFn: () => send("confirm") });
  const report = dry.data;
  const importable = report ? report.counts.new + report.counts.changed : 0;
  const reset = () => {
    dry.reset();
    confirm.reset();
    setConfirmOutliers(false);
  };

  if (confirm.data) {
    return (
      <div className="space-y-4">
        <Notice tone="success" testId="import-done">
          {t("done", { count: confirm.data.stored ?? 0 })}
        </Notice>
        <Link href={`/projects/${projectId}`} className={buttonClass("secondary")}>
          {t("backToProject")}
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-5" data-testid="import-panel">
      {periods.length > 1 && (
        <SelectField
          label={t("period")}
          value={periodId}
          options={periods.map((p) => ({ value: p.id, label: p.key }))}
          onChange={(e) => {
            setPeriodId(e.target.value);
            reset();
          }}
        />
      )}
      <a
        className={buttonClass("secondary")}
        href={`/api/projects/${projectId}/import/template?period=${periodId}&locale=${locale}`}
        download
        data-testid="template-download"
      >
        {t("download")}
      </a>
      <form
        className="space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          confirm.reset();
          dry.mutate();
        }}
      >
        <label className="block text-sm font-medium text-slate-800">
          {t("file")}
          <input
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            className="mt-1 block text-sm"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
          />
        </label>
        <FormError message={errorText.request(dry.error)} testId="import-error" />
        <Button type="submit" disabled={!file || dry.isPending}>
          {dry.isPending ? t("checking") : t("check")}
        </Button>
      </form>
      {report && (
        <div className="space-y-4">
          <ImportReport result={report} />
          {report.counts.refused > 0 ? (
            <Notice tone="warning" testId="import-fix">
              {t("fixAndRecheck")}
            </Notice>
          ) : (
            importable > 0 && (
              <div className="space-y-3 rounded-md border border-slate-200 p-4">
                <SelectField
                  label={t("intent")}
                  value={intent}
                  options={[
                    { value: "submit", label: t("intentSubmit") },
                    { value: "draft", label: t("intentDraft") },
                  ]}
                  onChange={(e) => setIntent(e.target.value as "draft" | "submit")}
                />
                {report.outliers > 0 && (
                  <label className="flex items-start gap-2 text-sm text-amber-900">
                    <input type="checkbox" checked={confirmOutliers} onChange={(e) => setConfirmOutliers(e.target.checked)} />
                    {t("confirmOutliers")}
                  </label>
                )}
                <FormError message={errorText.request(confirm.error)} testId="import-confirm-error" />
                <Button disabled={confirm.isPending || (report.outliers > 0 && !confirmOutliers)} onClick={() => confirm.mutate()}>
                  {confirm.isPending ? t("importing") : t("confirm", { count: importable })}
                </Button>
              </div>
            )
          )}
        </div>
      )}
    </div>
  );
}
