import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";

import { ClientMessages } from "@/components/i18n/client-messages";
import { InvitePartnerForm } from "@/components/projects/invite-partner-form";
import { PartnerList } from "@/components/projects/partner-list";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { loadProjectPage } from "@/lib/projects/load-page";
import { invitableOrganizations } from "@/lib/projects/partners";

export default async function ProjectPartnersPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "project.read");
  const { project, canEdit } = await loadProjectPage(user, id);
  if (!canEdit) redirect(`/${locale}/forbidden`);
  const [orgs, t, tc] = await Promise.all([
    invitableOrganizations(user, project.id),
    getTranslations("projects"),
    getTranslations("countries"),
  ]);
  return (
    <ClientMessages ns={["projects.partners", "projects.detail", "forms.projects"]}>
      <PageHeader
        title={t("partners.title", { code: project.code })}
        actions={
          <Link href={`/projects/${project.id}`} className="text-sm text-brand-700 hover:underline">
            {t("partners.back")}
          </Link>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title={t("detail.partners")}>
          <PartnerList project={project} user={user} locale={locale} manage />
        </Card>
        <Card title={t("partners.invite")}>
          <InvitePartnerForm
            projectId={project.id}
            organizations={orgs.map((o) => ({ value: o.id, label: `${localized(o, "name", locale)} (${tc(o.country)})` }))}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
