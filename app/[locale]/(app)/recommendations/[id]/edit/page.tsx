import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { RECOMMENDATION_FORM_MESSAGES } from "@/components/recommendations/form-messages";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { loadRecommendation } from "@/lib/recommendations/load-page";

export default async function EditRecommendationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "recommendation.manage");
  const rec = await loadRecommendation(user, id);
  const t = await getTranslations("recommendations.form");
  return (
    <ClientMessages ns={RECOMMENDATION_FORM_MESSAGES}>
      <PageHeader title={t("editTitle")} intro={rec.code} />
      <Card>
        <RecommendationForm
          existing={{
            id: rec.id,
            version: rec.version,
            retired: rec.retiredAt !== null,
            code: rec.code,
            area: rec.area,
            textEn: rec.textEn,
            textZh: rec.textZh,
            textRu: rec.textRu,
            dimensions: rec.dimensions,
            indicatorCodes: rec.indicatorCodes,
          }}
        />
      </Card>
    </ClientMessages>
  );
}
