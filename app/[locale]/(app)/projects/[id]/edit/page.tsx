import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";

import { ClientMessages } from "@/components/i18n/client-messages";
import { PROJECT_FORM_MESSAGES } from "@/components/projects/form-messages";
import { ProjectForm } from "@/components/projects/project-form";
import { TranslationForm } from "@/components/projects/translation-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { loadProjectPage } from "@/lib/projects/load-page";
import { LOCALES, type TLocale } from "@/lib/projects/schema";
import { editFormValues } from "@/lib/projects/service";
import { textStatus } from "@/lib/projects/texts";

export default async function EditProjectPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "project.read");
  const { project, canEdit } = await loadProjectPage(user, id);
  if (!canEdit) redirect(`/${locale}/forbidden`);
  const t = await getTranslations("projects");
  const others = LOCALES.filter((l) => l !== project.originalLocale);
  return (
    <ClientMessages ns={[...PROJECT_FORM_MESSAGES, "projects.text", "projects.translations"]}>
      <PageHeader title={t("editTitle", { code: project.code })} />
      <div className="space-y-6">
        <Card>
          <ProjectForm existing={editFormValues(project)} defaultLocale={locale} />
        </Card>
        <Card title={t("translations.title")}>
          <p className="mb-4 text-sm text-slate-600">{t("translations.intro")}</p>
          <div className="grid gap-6 md:grid-cols-2">
            {others.map((l: TLocale) => {
              const row = project.texts.find((x) => x.locale === l);
              return (
                <TranslationForm
                  key={l}
                  projectId={project.id}
                  locale={l}
                  existing={row ? { title: row.title, summary: row.summary, status: textStatus(row, project.textVersion) } : null}
                />
              );
            })}
          </div>
        </Card>
      </div>
    </ClientMessages>
  );
}
