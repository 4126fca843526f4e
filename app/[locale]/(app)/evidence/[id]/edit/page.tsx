import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";

import { EvidenceForm } from "@/components/evidence/evidence-form";
import { EVIDENCE_FORM_MESSAGES } from "@/components/evidence/form-messages";
import { getUnitLabel } from "@/components/evidence/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guard";
import { toIsoDate } from "@/lib/dates";
import { indicatorOptions, previewData } from "@/lib/evidence/form-data";
import { loadEvidencePage } from "@/lib/evidence/load-page";
import { textStatus } from "@/lib/evidence/texts";

export default async function EditEvidencePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { evidence, project, can } = await loadEvidencePage(user, id, locale);
  if (!can.edit) redirect(`/${locale}/forbidden`);
  const t = await getTranslations("evidence");
  const [indicators, preview] = await Promise.all([indicatorOptions(locale, await getUnitLabel()), previewData(user, evidence.projectId)]);
  const text = (l: string) => evidence.texts.find((x) => x.locale === l);
  return (
    <ClientMessages ns={EVIDENCE_FORM_MESSAGES}>
      <PageHeader title={t("editTitle")} intro={`${project.code} · ${project.title}`} />
      <EvidenceForm
        mode={{
          kind: "edit",
          id: evidence.id,
          version: evidence.version,
          status: evidence.status,
          attachments: evidence.attachments.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })),
          outdated: evidence.texts.filter((x) => textStatus(x, evidence.textVersion) === "outdated").map((x) => x.locale),
        }}
        indicators={indicators}
        preview={preview}
        defaults={{
          indicatorId: evidence.indicatorId,
          value: evidence.value,
          periodStart: toIsoDate(evidence.periodStart),
          periodEnd: toIsoDate(evidence.periodEnd),
          originalLocale: evidence.originalLocale,
          narrative: text(evidence.originalLocale)?.narrative ?? "",
          translations: { en: text("en")?.narrative ?? "", zh: text("zh")?.narrative ?? "", ru: text("ru")?.narrative ?? "" },
          sourceUrl: evidence.sourceUrl ?? "",
        }}
      />
    </ClientMessages>
  );
}
