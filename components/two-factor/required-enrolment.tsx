"use client";

import { useLocale, useTranslations } from "next-intl";

import { Enrolment } from "./enrolment";

/**
 * Enrolment that a sign-in requires: once the codes are saved, on to `returnTo` (a path of this
 * site, checked by the page) or the start page.
 */
export function RequiredEnrolment({ returnTo }: { returnTo: string | null }) {
  const t = useTranslations("twoFactor");
  const locale = useLocale();
  // A full navigation: the server renders the shell for the now complete session.
  return <Enrolment startLabel={t("setUp")} autoStart onDone={() => window.location.assign(returnTo ?? `/${locale}`)} />;
}
