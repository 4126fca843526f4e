import type { Metadata } from "next";

import { getEnv } from "@/lib/env";
import { locales } from "@/lib/i18n/routing";

/** hreflang codes of the three languages; Chinese is Simplified Chinese. */
export const HREFLANG = { en: "en", zh: "zh-Hans", ru: "ru" } as const;
const OG_LOCALE = { en: "en_US", zh: "zh_CN", ru: "ru_RU" } as const;

/** The site's public address from configuration, never from a request. */
export function siteUrl(): URL {
  return new URL(getEnv().NEXTAUTH_URL ?? "http://localhost:3000");
}

/**
 * Title, description, canonical URL, hreflang alternates for the three languages (English as
 * x-default) and Open Graph tags of a public page. `path` follows the locale: "/public/projects".
 */
export function publicMetadata({
  locale,
  path,
  title,
  description,
}: {
  locale: string;
  path: string;
  title: string;
  description: string;
}): Metadata {
  const key = (locale in HREFLANG ? locale : "en") as keyof typeof HREFLANG;
  const languages = Object.fromEntries([...locales.map((l) => [HREFLANG[l], `/${l}${path}`]), ["x-default", `/en${path}`]]);
  return {
    metadataBase: siteUrl(),
    title,
    description,
    alternates: { canonical: `/${key}${path}`, languages },
    openGraph: {
      type: "website",
      siteName: "Synergia",
      title,
      description,
      url: `/${key}${path}`,
      locale: OG_LOCALE[key],
      alternateLocale: locales.filter((l) => l !== key).map((l) => OG_LOCALE[l]),
    },
    robots: { index: true, follow: true },
  };
}
