import { getTranslations } from "next-intl/server";

import type { Actor } from "@/lib/auth/permissions";
import type { Outlier } from "@/lib/evidence/outliers";
import { getFormatter } from "@/lib/i18n/formatter";
import { planFor } from "@/lib/targets/service";

/**
 * Beside an evidence value: the project's baseline and target for the indicator, and, for the
 * verifier, the warning its author confirmed when the value was far outside the usual range.
 */
export async function EvidencePlan({
  user,
  evidence,
}: {
  user: Actor;
  evidence: { projectId: string; indicatorId: string; outlier: unknown };
}) {
  const [plan, t, format] = await Promise.all([planFor(user, evidence.projectId, evidence.indicatorId), getTranslations(), getFormatter()]);
  const outlier = evidence.outlier as Outlier | null;
  const number = (v: number | null | undefined) => (v === null || v === undefined ? t("plan.notSet") : format.number(v));
  if (!plan && !outlier) return null;
  return (
    <span className="mt-1 block space-y-1 text-xs">
      {plan && (
        <span className="block text-slate-600" data-testid="evidence-plan">
          {t("plan.beside", { baseline: number(plan.baseline), target: number(plan.target) })}
        </span>
      )}
      {outlier && (
        <span className="block text-amber-800" data-testid="evidence-outlier">
          {t("outlier.note", { low: outlier.low, high: outlier.high })} ({outlier.reasons.map((r) => t(`outlier.reasons.${r}`)).join("; ")})
        </span>
      )}
    </span>
  );
}
