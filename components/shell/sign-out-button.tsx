"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("nav");
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: `/${locale}/login` })}
      className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
    >
      {t("signOut")}
    </button>
  );
}
