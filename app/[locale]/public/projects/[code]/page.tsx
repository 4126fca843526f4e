import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";

import { PublicHeader } from "@/components/public/public-header";
import { ScoreFigures } from "@/components/public/score-figures";
import { getFormatter } from "@/lib/i18n/formatter";
import { cachedPublishedProject } from "@/lib/publication/cached";
import { publicMetadata } from "@/lib/publication/metadata";

type Props = { params: Promise<{ locale: string; code: string }> };

export function generateStaticParams() {
  return [];
}

const codeOf = (raw: string) => decodeURIComponent(raw).slice(0, 40);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const project = await cachedPublishedProject(codeOf(code), locale);
  if (!project) return {};
  return publicMetadata({
    locale,
    path: `/public/projects/${project.code}`,
    title: `${project.title} · Synergia`,
    description: project.summary.slice(0, 200),
  });
}

/** A published project; any other code (unknown, draft, not agreed by every partner) is a 404. */
export default async function PublicProject({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const project = await cachedPublishedProject(codeOf(code), locale);
  if (!project) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <PublicHeader locale={locale} path={`/projects/${project.code}`} />
      <main id="main" className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8">
        <div>
          <p className="text-sm text-slate-500">
            {project.code} · {t(`projects.sectors.${project.sector}`)} · {t(`projects.statuses.${project.status}`)}
          </p>
          <h1 className="text-2xl font-semibold text-slate-900" data-testid="public-project-title">
            {project.title}
          </h1>
          <p className="text-sm text-slate-600">
            {project.location} · {t("public.projects.period")}: {day(project.startDate)} –{" "}
            {project.endDate ? day(project.endDate) : t("projects.detail.openEnded")}
          </p>
        </div>
        <section className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="mb-2 font-semibold">{t("public.projects.summary")}</h2>
          {project.textLocale !== locale && (
            <p className="mb-2 text-xs text-slate-500">
              {t("public.projects.originalIn", { language: t(`languages.${project.textLocale}`) })}
            </p>
          )}
          <p className="whitespace-pre-line text-slate-800">{project.summary}</p>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="mb-2 font-semibold">{t("public.projects.partners")}</h2>
          <ul className="text-sm">
            {project.partners.map((p) => (
              <li key={p.name}>
                {p.name} — {t(`countries.${p.country}`)}, {t(`projects.roles.${p.role}`)}
              </li>
            ))}
          </ul>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 className="mb-3 font-semibold">{t("public.projects.scores")}</h2>
          {project.score ? <ScoreFigures score={project.score} locale={locale} /> : <p>{t("public.projects.notAssessed")}</p>}
        </section>
      </main>
    </>
  );
}
