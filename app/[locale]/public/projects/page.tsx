import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { PublicHeader } from "@/components/public/public-header";
import { getFormatter } from "@/lib/i18n/formatter";
import { cachedPublishedProjects } from "@/lib/publication/cached";
import { publicMetadata } from "@/lib/publication/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "public" });
  return publicMetadata({ locale, path: "/public/projects", title: `${t("projects.title")} · Synergia`, description: t("projects.intro") });
}

export default async function PublicProjects({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, projects] = await Promise.all([getTranslations(), getFormatter(), cachedPublishedProjects(locale)]);
  return (
    <>
      <PublicHeader locale={locale} path="/projects" />
      <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-semibold text-slate-900">{t("public.projects.title")}</h1>
        <p className="mt-2 text-slate-700">{t("public.projects.intro")}</p>
        {projects.length === 0 ? (
          <p className="mt-6 text-slate-600">{t("public.projects.none")}</p>
        ) : (
          <ul className="mt-6 space-y-3" data-testid="public-projects">
            {projects.map((p) => (
              <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <a href={`/${locale}/public/projects/${p.code}`} className="font-semibold text-brand-700 hover:underline">
                  {p.title}
                </a>
                <p className="text-sm text-slate-600">
                  {p.code} · {t(`projects.sectors.${p.sector}`)} · {p.location}
                  {p.D !== null &&
                    ` · ${t("scores.figures.D")} ${format.number(p.D, { minimumFractionDigits: 3, maximumFractionDigits: 3 })}`}
                  {p.stage !== null && ` · ${t("scores.figures.stageValue", { stage: p.stage })}`}
                </p>
                <p className="text-sm text-slate-600">{p.partners.map((x) => x.name).join(" · ")}</p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
