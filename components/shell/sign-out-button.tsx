"use client";

import { useLocale, useTranslations } from "next-intl";

/**
 * next-auth's client code is fetched when the button is pressed, not with every page: the shell is
 * on every page and signing out is rare (the project page's JavaScript budget is 200 KB).
 */
async function signOut(callbackUrl: string) {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl });
}

/** `callbackUrl`: where the browser goes once signed out (a path of this site); sign-in by default. */
export function SignOutButton({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("nav");
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={() => void signOut(callbackUrl ?? `/${locale}/login`)}
      className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
    >
      {t("signOut")}
    </button>
  );
}
