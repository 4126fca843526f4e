import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { RECOMMENDATION_FORM_MESSAGES } from "@/components/recommendations/form-messages";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";

export default async function NewRecommendationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "recommendation.manage");
  const t = await getTranslations("recommendations.form");
  return (
    <ClientMessages ns={RECOMMENDATION_FORM_MESSAGES}>
      <PageHeader title={t("newTitle")} />
      <Card>
        <RecommendationForm />
      </Card>
    </ClientMessages>
  );
}
