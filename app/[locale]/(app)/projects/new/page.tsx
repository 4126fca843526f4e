import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { PROJECT_FORM_MESSAGES } from "@/components/projects/form-messages";
import { ProjectForm } from "@/components/projects/project-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";

export default async function NewProjectPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "project.create");
  const t = await getTranslations("projects");
  return (
    <ClientMessages ns={PROJECT_FORM_MESSAGES}>
      <PageHeader title={t("newTitle")} intro={t("newIntro")} />
      <Card>
        <ProjectForm defaultLocale={locale} />
      </Card>
    </ClientMessages>
  );
}
