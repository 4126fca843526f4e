import { redirect } from "next/navigation";
import type { ReactNode } from "react";

import { requirePermission } from "@/lib/auth/guard";
import { loadNewEvidenceContext } from "@/lib/evidence/load-page";
import { loadPlan } from "@/lib/targets/load-page";

type Props = { children: ReactNode; params: Promise<{ locale: string; id: string }> };

/** 404 for an unknown project, the forbidden page for whoever may not plan it, as HTTP answers. */
export default async function PlanLayout({ children, params }: Props) {
  const { locale, id } = await params;
  const user = await requirePermission(locale, "project.read");
  const [, plan] = await Promise.all([loadNewEvidenceContext(user, id, locale), loadPlan(user, id, locale)]);
  if (!plan.canEdit) redirect(`/${locale}/forbidden`);
  return children;
}
