import { getTranslations } from "next-intl/server";

import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DeferredSection } from "@/components/ui/deferred-section";
import type { SessionUser } from "@/lib/auth/session";
import { canEnterEvidenceOn } from "@/lib/evidence/queries";
import type { TEvidenceView } from "@/lib/evidence/table-view";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, routing } from "@/lib/i18n/routing";
import type { ProjectDetail } from "@/lib/projects/service";

import { loadEvidenceTableAction } from "./section-actions";

/**
 * The project page's evidence card: "New evidence" for members at once, the table (paged,
 * components/evidence/evidence-table.tsx) when the reader scrolls to it, below the score panel.
 */
export async function EvidenceSection({
  user,
  project,
  locale,
  view = {},
}: {
  user: SessionUser;
  project: ProjectDetail;
  locale: string;
  view?: TEvidenceView;
}) {
  const projectId = project.id;
  const canCreate = canEnterEvidenceOn(user, project);
  const t = await getTranslations({ locale, namespace: "evidence" });
  const actions = canCreate ? (
    <Link href={`/projects/${projectId}/evidence/new`} className={buttonClass("primary")}>
      {t("new")}
    </Link>
  ) : undefined;
  return (
    <div id="evidence" data-testid="evidence-section" className="scroll-mt-24">
      <Card title={t("sectionTitle")} actions={actions}>
        <DeferredSection
          action={loadEvidenceTableAction}
          input={{ projectId, locale: isLocale(locale) ? locale : routing.defaultLocale, ...view }}
          testId="evidence-table"
          placeholder={<div className="h-96 animate-pulse rounded bg-slate-100" />}
        />
      </Card>
    </div>
  );
}
