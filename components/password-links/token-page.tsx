import { getTranslations } from "next-intl/server";

import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { describeToken } from "@/lib/accounts/service";
import { ValidationError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";

import { SetPasswordForm } from "./set-password-form";

/** The page behind an invitation or reset link: who it is for, or why it cannot be used. */
export async function TokenPage({ token, purpose }: { token: string; purpose: "invite" | "reset" }) {
  const t = await getTranslations("auth");
  let info: Awaited<ReturnType<typeof describeToken>>;
  try {
    info = await describeToken(token, purpose === "invite" ? "INVITATION" : "PASSWORD_RESET");
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const code = error.code === "linkUsed" || error.code === "linkExpired" ? error.code : "linkInvalid";
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t(purpose === "invite" ? "inviteTitle" : "resetTitle")}</h1>
        <Notice tone="error" testId="link-error">
          {t(code)}
        </Notice>
        <Link href="/login" className={buttonClass("secondary")}>
          {t("toSignIn")}
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t(purpose === "invite" ? "inviteTitle" : "resetTitle")}</h1>
      <p className="text-sm text-slate-700">
        {purpose === "invite" ? t("inviteIntro", { name: info.name, email: info.email }) : t("resetIntro", { email: info.email })}
      </p>
      <SetPasswordForm token={token} purpose={purpose} />
    </div>
  );
}
