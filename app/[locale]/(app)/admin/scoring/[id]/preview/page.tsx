import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { ModelPreviewView } from "@/components/scores/model-preview";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { orNotFound, requirePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { previewModelActivation } from "@/lib/scores/preview";

/** What activating a model version would change, and the confirmation that activates it. */
export default async function ModelPreviewPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "scoringModel.manage");
  const [preview, t] = await Promise.all([orNotFound(previewModelActivation(user, id, locale)), getTranslations("modelPreview")]);
  return (
    <ClientMessages ns={["modelPreview", "forms.scores"]}>
      <PageHeader
        title={t("title", { version: preview.candidate.version })}
        intro={t("intro")}
        actions={
          <Link href="/admin/scoring" className={buttonClass("secondary")}>
            {t("back")}
          </Link>
        }
      />
      <ModelPreviewView preview={preview} locale={locale} />
    </ClientMessages>
  );
}
