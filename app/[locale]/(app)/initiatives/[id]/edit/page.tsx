import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { INITIATIVE_FORM_MESSAGES } from "@/components/initiatives/form-messages";
import { InitiativeForm } from "@/components/initiatives/initiative-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { toIsoDate } from "@/lib/dates";
import { localized } from "@/lib/i18n/localized";
import { listProjectOptions } from "@/lib/initiatives/effect";
import { loadInitiative } from "@/lib/initiatives/load-page";
import { listOrganizations } from "@/lib/organizations/service";

export default async function EditInitiativePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "initiative.manage");
  const i = await loadInitiative(user, id);
  const [orgs, projects, t] = await Promise.all([
    listOrganizations(user),
    listProjectOptions(user, locale),
    getTranslations("initiatives"),
  ]);
  return (
    <ClientMessages ns={INITIATIVE_FORM_MESSAGES}>
      <PageHeader title={t("editTitle")} intro={localized(i, "title", locale)} />
      <Card>
        <InitiativeForm
          recommendations={[]}
          projects={projects}
          organizations={orgs.map((o) => ({ value: o.id, label: localized(o, "name", locale), country: o.country }))}
          existing={{
            id: i.id,
            version: i.version,
            recommendationId: i.recommendationId,
            titleEn: i.titleEn,
            titleZh: i.titleZh,
            titleRu: i.titleRu,
            descriptionEn: i.descriptionEn,
            descriptionZh: i.descriptionZh,
            descriptionRu: i.descriptionRu,
            responsible: i.responsible,
            startDate: toIsoDate(i.startDate),
            dueDate: toIsoDate(i.dueDate),
            weight: i.weight,
            dimensions: i.dimensions,
            ownerOrgIds: i.owners.map((o) => o.organizationId),
            projectIds: i.projectIds,
          }}
        />
      </Card>
    </ClientMessages>
  );
}
