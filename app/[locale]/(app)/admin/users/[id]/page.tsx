import { getTranslations, setRequestLocale } from "next-intl/server";

import { AccessBulkAction } from "@/components/admin-users/access-bulk-action";
import { AccessPanel } from "@/components/admin-users/access-panel";
import { EditUserForm } from "@/components/admin-users/edit-user-form";
import { UserStatusBadge } from "@/components/admin-users/status-badge";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AdminTwoFactorReset } from "@/components/two-factor/admin-reset";
import { Card, PageHeader } from "@/components/ui/card";
import { loadUser } from "@/lib/accounts/load-page";
import { revokePersonalTokensOfAction } from "@/lib/api-tokens/actions";
import { countActivePersonalTokensOf } from "@/lib/api-tokens/service";
import { requirePermission } from "@/lib/auth/guard";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import { listOrganizations } from "@/lib/organizations/service";
import { endSessionsOfAction } from "@/lib/sessions/actions";
import { countOpenSessionsOf } from "@/lib/sessions/service";
import { getTwoFactorStatusOf } from "@/lib/two-factor/service";

export default async function UserPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission(locale, "user.manage");
  const user = await loadUser(actor, id);
  const [orgs, twoFactor, openSessions, activeTokens, t, tc, t2, format] = await Promise.all([
    listOrganizations(actor),
    getTwoFactorStatusOf(actor, user.id),
    countOpenSessionsOf(actor, user.id),
    countActivePersonalTokensOf(actor, user.id),
    getTranslations("users"),
    getTranslations("countries"),
    getTranslations("twoFactor"),
    getFormatter(),
  ]);
  const options = orgs.map((o) => ({ value: o.id, label: `${localized(o, "name", locale)} (${tc(o.country)})` }));
  return (
    <ClientMessages ns={["users", "roles", "common", "forms", "twoFactor"]}>
      <PageHeader
        title={user.name}
        intro={
          <span className="flex items-center gap-2">
            {user.email} <UserStatusBadge status={user.status} />
          </span>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title={t("edit")}>
          <EditUserForm
            user={{ id: user.id, version: user.version, name: user.name, role: user.role, organizationId: user.organizationId ?? "" }}
            organizations={options}
          />
        </Card>
        <Card title={t("dangerZone")}>
          <AccessPanel userId={user.id} status={user.status} />
          <AccessBulkAction
            kind="sessions"
            action={endSessionsOfAction}
            userId={user.id}
            count={openSessions}
            self={user.id === actor.id}
          />
          <AccessBulkAction
            kind="tokens"
            action={revokePersonalTokensOfAction}
            userId={user.id}
            count={activeTokens}
            self={user.id === actor.id}
          />
          <AdminTwoFactorReset
            userId={user.id}
            enabled={twoFactor.enabledAt !== null}
            status={`${twoFactor.enabledAt ? t2("statusOn", { date: format.dateTime(twoFactor.enabledAt, { dateStyle: "medium" }) }) : t2("statusOff")} ${t2(twoFactor.required ? "required" : "optional")}`}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
