import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";

export default async function NewOrganizationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "organization.manage");
  const t = await getTranslations("organizations");
  return (
    <ClientMessages ns={["organizations", "countries", "orgTypes", "common", "forms"]}>
      <PageHeader title={t("newTitle")} />
      <Card>
        <OrganizationForm />
      </Card>
    </ClientMessages>
  );
}
