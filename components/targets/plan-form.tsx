"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormError } from "@/components/forms/form-error";
import { useActionButton } from "@/components/forms/use-action-button";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { NumberField } from "@/components/ui/number-field";
import { valueProblem } from "@/lib/evidence/value-rules";
import { useRouter } from "@/lib/i18n/navigation";
import { savePlanAction } from "@/lib/targets/actions";

export type PlanRow = {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  unitLabel: string;
  kind: "QUANTITATIVE" | "ORDINAL";
  include: boolean;
  baseline: number | null;
  target: number | null;
  version: number;
};

/** The project's indicators with a baseline and a target each, typed in the reader's number format. */
export function PlanForm({ projectId, rows: initial }: { projectId: string; rows: PlanRow[] }) {
  const t = useTranslations("plan");
  const router = useRouter();
  const [rows, setRows] = useState(initial);
  const save = useActionButton(savePlanAction, { feature: "intake", onSuccess: () => router.refresh() });
  const set = (index: number, patch: Partial<PlanRow>) => setRows((rs) => rs.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const invalid = rows.some((r) => r.include && [r.baseline, r.target].some((v) => v !== null && !Number.isFinite(v)));
  return (
    <div className="space-y-4" data-testid="plan-form">
      <FormError message={save.error} />
      {save.succeeded && <Notice tone="success">{t("saved")}</Notice>}
      <DataTable headers={[t("columns.include"), t("columns.indicator"), t("columns.baseline"), t("columns.target")]} alignTop>
        {rows.map((row, index) => (
          <tr key={row.indicatorId} data-testid="plan-row" data-code={row.code}>
            <td className="px-4 py-2">
              <input
                type="checkbox"
                aria-label={`${t("columns.include")}: ${row.code}`}
                checked={row.include}
                onChange={(e) => set(index, { include: e.target.checked })}
              />
            </td>
            <td className="px-4 py-2">
              <span className="font-mono text-xs text-slate-500">{row.code}</span> {row.name}
              <span className="block text-xs text-slate-500">{row.unitLabel}</span>
            </td>
            {(["baseline", "target"] as const).map((field) => (
              <td key={field} className="w-44 px-4 py-2">
                <NumberField
                  label={`${t(`columns.${field}`)} ${row.code}`}
                  value={row[field]}
                  onValueChange={(v) => set(index, { [field]: v ?? null, include: row.include || v !== undefined })}
                  check={(v) => valueProblem(v, row)}
                />
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
      <Button
        disabled={save.isPending || invalid}
        onClick={() =>
          save.run({
            projectId,
            rows: rows.map((r) => ({
              indicatorId: r.indicatorId,
              include: r.include,
              baseline: r.baseline,
              target: r.target,
              version: r.version,
            })),
          })
        }
      >
        {t("save")}
      </Button>
    </div>
  );
}
