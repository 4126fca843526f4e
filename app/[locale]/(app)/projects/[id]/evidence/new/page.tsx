import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";

import { EvidenceForm } from "@/components/evidence/evidence-form";
import { EVIDENCE_FORM_MESSAGES } from "@/components/evidence/form-messages";
import { getUnitLabel } from "@/components/evidence/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/guard";
import { toIsoDate } from "@/lib/dates";
import { indicatorOptions, previewData } from "@/lib/evidence/form-data";
import { loadNewEvidenceContext } from "@/lib/evidence/load-page";
import { isLocale } from "@/lib/i18n/routing";
import { openPeriodsOf } from "@/lib/periods/service";

export default async function NewEvidencePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { project, canCreate } = await loadNewEvidenceContext(user, id, locale);
  if (!canCreate) redirect(`/${locale}/forbidden`);
  const t = await getTranslations("evidence");
  const [indicators, preview, periods] = await Promise.all([
    indicatorOptions(locale, await getUnitLabel()),
    previewData(user, project.id),
    openPeriodsOf(user, project.id),
  ]);
  // The open reporting period's days, when there is one: the evidence then belongs to it.
  const period = periods[0];
  return (
    <ClientMessages ns={EVIDENCE_FORM_MESSAGES}>
      <PageHeader title={t("newTitle")} intro={`${project.code} · ${project.title}`} />
      {project.status !== "ACTIVE" ? (
        <Notice tone="warning">{t("errors.projectNotActive")}</Notice>
      ) : (
        <EvidenceForm
          mode={{ kind: "create", projectId: project.id }}
          indicators={indicators}
          preview={preview}
          defaults={{
            indicatorId: "",
            value: Number.NaN,
            periodStart: period ? toIsoDate(period.startsOn) : "",
            periodEnd: period ? toIsoDate(period.endsOn) : "",
            originalLocale: isLocale(locale) ? locale : "en",
            narrative: "",
            translations: {},
            sourceUrl: "",
          }}
        />
      )}
    </ClientMessages>
  );
}
