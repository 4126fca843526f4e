import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { CoordinationCalculator } from "@/components/scoring/coordination-calculator";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";

export default async function CoordinationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "app.use");
  const t = await getTranslations("coordination");
  return (
    <ClientMessages ns={["coordination", "levels"]}>
      <PageHeader title={t("title")} intro={t("intro")} />
      <Card>
        <CoordinationCalculator />
      </Card>
    </ClientMessages>
  );
}
