import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { ModelConfigForm } from "@/components/scores/model-config-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { fromConfig } from "@/lib/scores/config-form";
import { latestConfig } from "@/lib/scores/versions";

export default async function NewScoringModelPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "scoringModel.manage");
  const [config, t] = await Promise.all([latestConfig(user), getTranslations("scores.config")]);
  return (
    <ClientMessages ns={["scores.config", "scores.dimensions", "scores.statuses", "common", "forms.scores"]}>
      <PageHeader title={t("newTitle")} intro={t("newIntro")} />
      <Card>
        <ModelConfigForm initial={fromConfig(config)} />
      </Card>
    </ClientMessages>
  );
}
