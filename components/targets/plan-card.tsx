import { getTranslations } from "next-intl/server";

import { getUnitLabel } from "@/components/evidence/format";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { Actor } from "@/lib/auth/permissions";
import { getFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import type { ProjectDetail } from "@/lib/projects/service";
import { getPlanCard } from "@/lib/targets/service";

/** Baseline, target and the latest shared value of each indicator the project reports on. */
export async function PlanCard({ user, project, locale }: { user: Actor; project: ProjectDetail; locale: string }) {
  const projectId = project.id;
  const plan = await getPlanCard(user, project, locale);
  const rows = plan.rows;
  if (rows.length === 0 && !plan.canEdit) return null;
  const [t, format, unitLabel] = await Promise.all([getTranslations("plan"), getFormatter(), getUnitLabel()]);
  const number = (v: number | null) => (v === null ? t("notSet") : format.number(v));
  const progress = (r: (typeof rows)[number]) =>
    r.baseline !== null && r.target !== null && r.actual !== null && r.target !== r.baseline
      ? format.number((r.actual - r.baseline) / (r.target - r.baseline), { style: "percent", maximumFractionDigits: 0 })
      : t("notSet");
  return (
    <Card
      title={t("title")}
      actions={
        plan.canEdit ? (
          <Link href={`/projects/${projectId}/plan`} className={buttonClass("secondary")}>
            {t("edit")}
          </Link>
        ) : undefined
      }
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <DataTable
          compact
          testId="plan-table"
          headers={[t("columns.indicator"), t("columns.baseline"), t("columns.target"), t("columns.actual"), t("columns.progress")]}
        >
          {rows.map((r) => (
            <tr key={r.indicatorId}>
              <td className="px-3 py-1.5">
                <span className="font-mono text-xs text-slate-500">{r.code}</span> {r.name}{" "}
                <span className="text-xs text-slate-500">({r.kind === "ORDINAL" ? "0–4" : unitLabel(r.unit)})</span>
              </td>
              <td className="px-3 py-1.5 tabular-nums">{number(r.baseline)}</td>
              <td className="px-3 py-1.5 tabular-nums">{number(r.target)}</td>
              <td className="px-3 py-1.5 tabular-nums">{number(r.actual)}</td>
              <td className="px-3 py-1.5 tabular-nums">{progress(r)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Card>
  );
}
