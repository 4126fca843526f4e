import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";

import { SignOutButton } from "@/components/shell/sign-out-button";
import { RequiredEnrolment } from "@/components/two-factor/required-enrolment";
import { getEnrollingUser } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "twoFactor" });
  return { title: t("enrolTitle") };
}

/** Where an administrator or organizer without a second factor is sent after the password. */
export default async function TwoFactorEnrolmentPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await getEnrollingUser();
  if (!session) redirect(`/${locale}/login?reason=session`);
  if (!session.mustEnrol) redirect(`/${locale}`);
  const t = await getTranslations("twoFactor");
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("enrolTitle")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("enrolIntro")}</p>
      <RequiredEnrolment />
      <div className="mt-6 border-t border-slate-200 pt-4">
        <SignOutButton />
      </div>
    </>
  );
}
