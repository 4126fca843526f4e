import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { getFormatter } from "@/lib/i18n/formatter";
import { getTwoFactorStatus } from "@/lib/two-factor/service";

import { AccountEnrolment } from "./account-enrolment";
import { DisableTwoFactorForm } from "./disable-form";
import { NewRecoveryCodesForm } from "./new-recovery-codes";

/** The account page's two-factor card: status, set up (again), and for partners turning it off. */
export async function TwoFactorCard({ user }: { user: SessionUser }) {
  const [status, t, format] = await Promise.all([getTwoFactorStatus(user), getTranslations("twoFactor"), getFormatter()]);
  const enabled = status.enabledAt !== null;
  return (
    <Card title={t("title")}>
      <div className="space-y-4" data-testid="two-factor-card">
        <p className="text-sm text-slate-600">{t("intro")}</p>
        <p className="text-sm">
          <span className="font-medium" data-testid="two-factor-status">
            {enabled ? t("statusOn", { date: format.dateTime(status.enabledAt!, { dateStyle: "medium" }) }) : t("statusOff")}
          </span>{" "}
          {t(status.required ? "required" : "optional")}
        </p>
        {enabled && <p className="text-sm text-slate-600">{t("recoveryLeft", { count: status.recoveryCodesLeft })}</p>}
        {enabled && <p className="text-xs text-slate-500">{t("setUpAgainHint")}</p>}
        <AccountEnrolment startLabel={t(enabled ? "setUpAgain" : "setUp")} replacing={enabled} />
        {enabled && <NewRecoveryCodesForm />}
        {enabled && can(user, "account.disableTwoFactor", { userId: user.id }) && <DisableTwoFactorForm />}
      </div>
    </Card>
  );
}
