"use client";

import { useTranslations } from "next-intl";

import { Enrolment } from "./enrolment";

/** Enrolment that a sign-in requires: once the codes are saved, on to `next` (a path of this site). */
export function RequiredEnrolment({ next }: { next: string }) {
  const t = useTranslations("twoFactor");
  // A full navigation: the server renders the shell for the now complete session.
  return <Enrolment startLabel={t("setUp")} autoStart onDone={() => window.location.assign(next)} />;
}
