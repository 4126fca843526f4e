import { getTranslations } from "next-intl/server";

import { locales } from "@/lib/i18n/routing";
import { HREFLANG } from "@/lib/publication/metadata";

/**
 * The portal's header. Plain links only: the public pages run no script (their CSP says so), so
 * the language links lead to the same page in the other language.
 */
export async function PublicHeader({ locale, path }: { locale: string; path: string }) {
  const t = await getTranslations("public");
  const tl = await getTranslations("languages");
  const link = "text-sm text-brand-700 hover:underline";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href={`/${locale}/public`} className="text-lg font-semibold text-brand-800">
          {t("siteName")} <span className="text-sm font-normal text-slate-600">· {t("nav.label")}</span>
        </a>
        <nav aria-label={t("nav.label")} className="flex flex-wrap gap-4">
          <a href={`/${locale}/public/projects`} className={link}>
            {t("nav.projects")}
          </a>
          <a href={`/${locale}/public/recommendations`} className={link}>
            {t("nav.recommendations")}
          </a>
          <a href={`/${locale}/public/forums`} className={link}>
            {t("nav.forums")}
          </a>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <span className="sr-only">{t("nav.language")}</span>
          {locales.map((l) =>
            l === locale ? (
              <span key={l} className="font-semibold" aria-current="true">
                {tl(l)}
              </span>
            ) : (
              <a key={l} href={`/${l}/public${path}`} hrefLang={HREFLANG[l]} lang={HREFLANG[l]} className={link}>
                {tl(l)}
              </a>
            ),
          )}
          <a href={`/${locale}/login`} className="rounded-md border border-slate-300 px-3 py-1">
            {t("nav.signIn")}
          </a>
        </div>
      </div>
    </header>
  );
}
