import type { MetadataRoute } from "next";

import { locales } from "@/lib/i18n/routing";
import { cachedPublishedForums, cachedPublishedProjects } from "@/lib/publication/cached";
import { HREFLANG, siteUrl } from "@/lib/publication/metadata";

// Read at request time (the build has no database); the data behind it is cached and tagged.
export const dynamic = "force-dynamic";

/** Every public page in the three languages, each with its hreflang alternates. Nothing else. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const [projects, forums] = await Promise.all([cachedPublishedProjects("en"), cachedPublishedForums()]);
  const paths = [
    "/public",
    "/public/projects",
    "/public/recommendations",
    "/public/forums",
    ...projects.map((p) => `/public/projects/${p.code}`),
    ...forums.map((f) => `/public/forums/${f.id}`),
  ];
  return paths.flatMap((path) =>
    locales.map((locale) => ({
      url: new URL(`/${locale}${path}`, base).toString(),
      alternates: { languages: Object.fromEntries(locales.map((l) => [HREFLANG[l], new URL(`/${l}${path}`, base).toString()])) },
    })),
  );
}
