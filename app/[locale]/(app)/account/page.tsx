import { getTranslations, setRequestLocale } from "next-intl/server";

import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PersonalTokensCard } from "@/components/api-tokens/personal-tokens-card";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NotificationPreferencesCard } from "@/components/notifications/preferences-card";
import { SessionsCard } from "@/components/sessions/sessions-card";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { TwoFactorCard } from "@/components/two-factor/two-factor-card";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { localized } from "@/lib/i18n/localized";

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "app.use");
  const t = await getTranslations();
  return (
    <ClientMessages
      ns={[
        "account",
        "auth.newPassword",
        "auth.passwordHint",
        "auth.confirmPassword",
        "notifications.preferences",
        "notifications.kinds",
        "notifications.channels",
        "common",
        "forms.notifications",
        "twoFactor",
        "forms.twoFactor",
        "apiTokens",
      ]}
    >
      <PageHeader title={t("account.title")} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title={t("account.profile")}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="font-medium text-slate-600">{t("account.name")}</dt>
            <dd>{user.name}</dd>
            <dt className="font-medium text-slate-600">{t("users.email")}</dt>
            <dd>{user.email}</dd>
            <dt className="font-medium text-slate-600">{t("account.role")}</dt>
            <dd>{t(`roles.${user.role}`)}</dd>
            {user.organization && (
              <>
                <dt className="font-medium text-slate-600">{t("account.organization")}</dt>
                <dd>{localized(user.organization, "name", locale)}</dd>
              </>
            )}
          </dl>
          <h3 className="mt-6 mb-1 text-sm font-semibold">{t("account.preferredLanguage")}</h3>
          <p className="mb-2 text-xs text-slate-500">{t("account.preferredLanguageHint")}</p>
          <LocaleSwitcher signedIn />
        </Card>
        <Card title={t("account.changePassword")}>
          <ChangePasswordForm />
        </Card>
        <SessionsCard user={user} />
        <TwoFactorCard user={user} />
        <NotificationPreferencesCard user={user} />
        <PersonalTokensCard user={user} />
      </div>
    </ClientMessages>
  );
}
