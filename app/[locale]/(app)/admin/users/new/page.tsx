import { getTranslations, setRequestLocale } from "next-intl/server";

import { InviteForm } from "@/components/admin-users/invite-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { localized } from "@/lib/i18n/localized";
import { listOrganizations } from "@/lib/organizations/service";

export default async function InvitePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "user.manage");
  const [orgs, t, tc] = await Promise.all([listOrganizations(user), getTranslations("users"), getTranslations("countries")]);
  const options = orgs.map((o) => ({ value: o.id, label: `${localized(o, "name", locale)} (${tc(o.country)})` }));
  return (
    <ClientMessages ns={["users", "roles", "common", "forms", "invitations"]}>
      <PageHeader title={t("inviteTitle")} intro={t("inviteIntro")} />
      <Card>
        <InviteForm organizations={options} defaultLocale={locale} />
      </Card>
    </ClientMessages>
  );
}
