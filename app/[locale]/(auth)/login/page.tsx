import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { LoginForm } from "@/components/auth/login-form";
import { Notice } from "@/components/ui/notice";
import { safeReturnPath } from "@/lib/auth/return-path";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("signIn") };
}

const reasons = { session: "sessionEnded", password: "passwordChangedSignIn", set: "passwordSetSignIn" } as const;

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ reason?: string; email?: string; returnTo?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { reason, email, returnTo } = await searchParams;
  const t = await getTranslations("auth");
  const notice = reason && reason in reasons ? reasons[reason as keyof typeof reasons] : null;
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t("signInTitle")}</h1>
      {notice && (
        <div className="mb-4">
          <Notice tone={notice === "sessionEnded" ? "warning" : "success"} testId="login-notice">
            {t(notice)}
          </Notice>
        </div>
      )}
      <LoginForm defaultEmail={typeof email === "string" ? email.slice(0, 254) : ""} returnTo={safeReturnPath(returnTo)} />
    </>
  );
}
