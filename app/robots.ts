import type { MetadataRoute } from "next";

import { locales } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/publication/metadata";

export const dynamic = "force-dynamic";

/** Crawlers may read the public portal and nothing else; everything else needs a sign-in anyway. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: locales.map((l) => `/${l}/public`), disallow: "/" },
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  };
}
