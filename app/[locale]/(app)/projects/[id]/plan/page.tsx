import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";

import { getUnitLabel } from "@/components/evidence/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PlanForm } from "@/components/targets/plan-form";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { loadNewEvidenceContext } from "@/lib/evidence/load-page";
import { Link } from "@/lib/i18n/navigation";
import { loadPlan } from "@/lib/targets/load-page";

export default async function PlanPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "project.read");
  const [{ project }, plan] = await Promise.all([loadNewEvidenceContext(user, id, locale), loadPlan(user, id, locale)]);
  if (!plan.canEdit) redirect(`/${locale}/forbidden`);
  const [t, unitLabel] = await Promise.all([getTranslations("plan"), getUnitLabel()]);
  return (
    <ClientMessages ns={["plan", "forms.intake"]}>
      <p className="mb-2 text-sm">
        <Link href={`/projects/${project.id}`} className="text-brand-700 hover:underline">
          {project.code} · {project.title}
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-semibold text-slate-900">{t("editTitle")}</h1>
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <Card>
        <PlanForm
          projectId={project.id}
          rows={plan.rows.map((r) => ({ ...r, unitLabel: r.kind === "ORDINAL" ? "0–4" : unitLabel(r.unit) }))}
        />
      </Card>
    </ClientMessages>
  );
}
