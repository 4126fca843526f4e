"use client";

import { useLocale, useTranslations } from "next-intl";

import { Enrolment } from "./enrolment";

/** Enrolment that a sign-in requires: once the codes are saved, on to the start page. */
export function RequiredEnrolment() {
  const t = useTranslations("twoFactor");
  const locale = useLocale();
  // A full navigation: the server renders the shell for the now complete session.
  return <Enrolment startLabel={t("setUp")} autoStart onDone={() => window.location.assign(`/${locale}`)} />;
}
