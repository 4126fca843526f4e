import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { INITIATIVE_FORM_MESSAGES } from "@/components/initiatives/form-messages";
import { InitiativeForm } from "@/components/initiatives/initiative-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { localized } from "@/lib/i18n/localized";
import { listProjectOptions } from "@/lib/initiatives/effect";
import { listOrganizations } from "@/lib/organizations/service";
import { listActiveRecommendations } from "@/lib/recommendations/service";

export default async function NewInitiativePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ recommendation?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "initiative.manage");
  const [recs, orgs, projects, t] = await Promise.all([
    listActiveRecommendations(user),
    listOrganizations(user),
    listProjectOptions(user, locale),
    getTranslations("initiatives"),
  ]);
  const wanted = (await searchParams).recommendation;
  return (
    <ClientMessages ns={INITIATIVE_FORM_MESSAGES}>
      <PageHeader title={t("newTitle")} intro={t("newIntro")} />
      <Card>
        <InitiativeForm
          recommendationId={recs.some((r) => r.id === wanted) ? wanted : undefined}
          recommendations={recs.map((r) => ({ value: r.id, label: `${r.code} — ${localized(r, "text", locale)}` }))}
          projects={projects}
          organizations={orgs.map((o) => ({ value: o.id, label: localized(o, "name", locale), country: o.country }))}
        />
      </Card>
    </ClientMessages>
  );
}
