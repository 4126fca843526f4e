import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { PublicHeader } from "@/components/public/public-header";
import { cachedPublicRecommendations, cachedPublishedForums, cachedPublishedProjects } from "@/lib/publication/cached";
import { publicMetadata } from "@/lib/publication/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "public" });
  return publicMetadata({ locale, path: "/public", title: `${t("title")} · Synergia`, description: t("description") });
}

export default async function PublicHome({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, projects, recommendations, forums] = await Promise.all([
    getTranslations("public"),
    cachedPublishedProjects(locale),
    cachedPublicRecommendations(locale),
    cachedPublishedForums(),
  ]);
  const card = "block rounded-lg border border-slate-200 bg-white p-5 hover:border-brand-300";
  return (
    <>
      <PublicHeader locale={locale} path="" />
      <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("home.intro")}</p>
        <div className="mt-6 grid gap-4 md:grid-cols-3">
          <a href={`/${locale}/public/projects`} className={card}>
            <span className="font-semibold">{t("nav.projects")}</span>
            <span className="mt-1 block text-sm text-slate-600">{t("home.projects", { count: projects.length })}</span>
          </a>
          <a href={`/${locale}/public/recommendations`} className={card}>
            <span className="font-semibold">{t("nav.recommendations")}</span>
            <span className="mt-1 block text-sm text-slate-600">{t("home.recommendations", { count: recommendations.length })}</span>
          </a>
          <a href={`/${locale}/public/forums`} className={card}>
            <span className="font-semibold">{t("nav.forums")}</span>
            <span className="mt-1 block text-sm text-slate-600">{t("home.forums", { count: forums.length })}</span>
          </a>
        </div>
      </main>
    </>
  );
}
