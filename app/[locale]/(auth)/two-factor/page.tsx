import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";

import { SignOutButton } from "@/components/shell/sign-out-button";
import { RequiredEnrolment } from "@/components/two-factor/required-enrolment";
import { redirectToSignIn } from "@/lib/auth/guard";
import { safeReturnPath, signedInHref, signInHref } from "@/lib/auth/return-path";
import { getEnrollingUser } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "twoFactor" });
  return { title: t("enrolTitle") };
}

/**
 * Where an administrator or organizer without a second factor is sent after the password, with
 * the page they were going to (`returnTo`, put there by requireUser), where enrolment then leads;
 * without one, to the start page as sign-in goes there. Signing out here keeps `returnTo` for the
 * next sign-in.
 */
export default async function TwoFactorEnrolmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ returnTo?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const returnTo = safeReturnPath((await searchParams).returnTo);
  const session = await getEnrollingUser();
  if (!session) return redirectToSignIn(locale, returnTo);
  if (!session.mustEnrol) redirect(returnTo ?? `/${locale}`);
  const t = await getTranslations("twoFactor");
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("enrolTitle")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("enrolIntro")}</p>
      <RequiredEnrolment next={returnTo ?? signedInHref(locale)} />
      <div className="mt-6 border-t border-slate-200 pt-4">
        <SignOutButton callbackUrl={signInHref(locale, returnTo)} />
      </div>
    </>
  );
}
