"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";

import { setLocaleAction } from "@/lib/accounts/actions";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { locales, type AppLocale } from "@/lib/i18n/routing";

/** Switches the URL's locale; for a signed-in user the choice is also remembered. */
export function LocaleSwitcher({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function change(next: AppLocale) {
    startTransition(async () => {
      if (signedIn) await setLocaleAction({ locale: next });
      router.replace(pathname, { locale: next });
    });
  }

  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("common.language")}</span>
      <select
        aria-label={t("common.language")}
        data-testid="locale-switcher"
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        value={locale}
        disabled={pending}
        onChange={(e) => change(e.target.value as AppLocale)}
      >
        {locales.map((l) => (
          <option key={l} value={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
