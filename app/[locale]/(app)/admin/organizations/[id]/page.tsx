import { getTranslations, setRequestLocale } from "next-intl/server";

import { OrganizationTokensCard } from "@/components/api-tokens/organization-tokens-card";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ArchiveButton } from "@/components/organizations/archive-button";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/guard";
import { localized } from "@/lib/i18n/localized";
import { loadOrganization } from "@/lib/organizations/load-page";

export default async function OrganizationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "organization.manage");
  const org = await loadOrganization(user, id);
  const t = await getTranslations("organizations");
  const created = (await searchParams).created === "1";
  return (
    <ClientMessages ns={["organizations", "countries", "orgTypes", "common", "forms", "apiTokens"]}>
      <PageHeader
        title={localized(org, "name", locale)}
        intro={t("editTitle")}
        actions={<ArchiveButton id={org.id} archived={org.archivedAt !== null} />}
      />
      <div className="space-y-4">
        {created && (
          <Notice tone="success" testId="org-created">
            {t("created")}
          </Notice>
        )}
        {org.archivedAt && <Notice tone="warning">{t("archivedNotice")}</Notice>}
        <Card>
          <OrganizationForm
            existing={{
              id: org.id,
              version: org.version,
              nameEn: org.nameEn,
              nameZh: org.nameZh,
              nameRu: org.nameRu,
              country: org.country,
              type: org.type,
              cityEn: org.cityEn,
              cityZh: org.cityZh,
              cityRu: org.cityRu,
            }}
          />
        </Card>
        <OrganizationTokensCard user={user} organizationId={org.id} archived={org.archivedAt !== null} />
      </div>
    </ClientMessages>
  );
}
