"use client";

import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useSyncExternalStore } from "react";

import { isSignedOut, subscribeSignedOut } from "@/lib/api/signed-out";
import { signInAgainHref } from "@/lib/auth/return-path";

/**
 * Shown over every page once one of our endpoints has answered this tab "not signed in" (its
 * session was ended elsewhere): instead of lists and the discussion silently going stale, the
 * person learns it and signs in again, coming back to the page they were on.
 */
export function SignedOutNotice() {
  const signedOut = useSyncExternalStore(subscribeSignedOut, isSignedOut, () => false);
  const t = useTranslations("auth.signedOut");
  const locale = useLocale();
  // Read so the link follows the browser to another page; the address itself comes from `location`.
  usePathname();
  if (!signedOut) return null;
  const { pathname, search, hash } = window.location;
  return (
    <div
      role="alert"
      data-testid="signed-out-notice"
      className="fixed inset-x-0 top-0 z-50 flex flex-wrap items-center justify-center gap-x-3 gap-y-1 border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 shadow"
    >
      <span>{t("text")}</span>
      {/* A full navigation: the sign-in page starts this tab afresh, signed-out state included. */}
      <a href={signInAgainHref(locale, `${pathname}${search}${hash}`)} className="font-medium underline">
        {t("signIn")}
      </a>
    </div>
  );
}
