import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportPanel } from "@/components/imports/import-panel";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/guard";
import { loadNewEvidenceContext } from "@/lib/evidence/load-page";
import { Link } from "@/lib/i18n/navigation";
import { openPeriodsOf } from "@/lib/periods/service";

export default async function ImportPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "project.read");
  const { project, canCreate } = await loadNewEvidenceContext(user, id, locale);
  const periods = await openPeriodsOf(user, id);
  const t = await getTranslations("imports");
  return (
    <ClientMessages ns={["imports", "forms.intake"]}>
      <p className="mb-2 text-sm">
        <Link href={`/projects/${project.id}`} className="text-brand-700 hover:underline">
          {project.code} · {project.title}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">{t("title")}</h1>
      <Card>
        {!canCreate ? (
          <Notice tone="warning">{t("notMember")}</Notice>
        ) : periods.length === 0 ? (
          <Notice tone="info" testId="import-no-period">
            {t("noPeriod")}
          </Notice>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-slate-600">{t("intro")}</p>
            <ImportPanel projectId={project.id} periods={periods.map((p) => ({ id: p.id, key: p.key }))} />
          </div>
        )}
      </Card>
    </ClientMessages>
  );
}
