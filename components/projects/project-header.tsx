import { getTranslations } from "next-intl/server";

import { getFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import type { TLocale, TProjectStatus } from "@/lib/projects/schema";
import type { ProjectDetail } from "@/lib/projects/service";
import { pickText, type ShownText } from "@/lib/projects/texts";
import { regionName } from "@/lib/regions/catalog";

import { ProjectStatusBadge, TextStatusBadge } from "./badges";

const bcp47 = (l: string) => (l === "zh" ? "zh-Hans" : l);

async function TextBlock({ text, heading }: { text: ShownText; heading?: string }) {
  return (
    <div lang={bcp47(text.locale)} className="space-y-2">
      {heading && <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{heading}</p>}
      <p className="text-base font-medium text-slate-900">{text.title}</p>
      <p className="text-sm whitespace-pre-line text-slate-700">{text.summary}</p>
    </div>
  );
}

/** Code, title in the reader's language with its translation status, facts and the side-by-side view. */
export async function ProjectHeader({ project, locale, compare }: { project: ProjectDetail; locale: string; compare: boolean }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const { shown, original } = pickText(project.texts, project.originalLocale as TLocale, project.textVersion, locale);
  const language = (l: string) => t(`languages.${l as TLocale}`);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const translatedView = shown.locale !== original.locale;
  return (
    <header className="mb-6 space-y-4">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <span className="font-mono font-semibold text-slate-800" data-testid="project-code">
          {project.code}
        </span>
        <ProjectStatusBadge status={project.status as TProjectStatus} />
        <TextStatusBadge status={shown.status} />
        {!translatedView && locale !== original.locale && <span>{t("projects.text.notTranslated")}</span>}
      </div>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900" lang={bcp47(shown.locale)} data-testid="project-title">
        {shown.title}
      </h1>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-slate-500">{t("projects.fields.sector")}</dt>
          <dd>{t(`projects.sectors.${project.sector}`)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("projects.fields.location")}</dt>
          <dd data-testid="project-place">
            {[regionName(project.regionCode, locale), project.location].filter(Boolean).join(" · ")}
            {project.alignment.length > 0 && (
              <span className="block text-xs text-sky-900">
                {project.alignment.map((tag) => t(`projects.alignmentTags.${tag}`)).join(" · ")}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("projects.fields.startDate")}</dt>
          <dd>
            {t("projects.detail.dates", {
              start: date(project.startDate),
              end: project.endDate ? date(project.endDate) : t("projects.detail.openEnded"),
            })}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("projects.detail.declaredStage")}</dt>
          <dd>{t(`projects.stages.s${project.declaredStage as 1}`)}</dd>
        </div>
      </dl>
      {compare && translatedView ? (
        <div className="grid gap-6 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2" data-testid="side-by-side">
          <TextBlock text={shown} heading={t("projects.text.yourLanguage", { language: language(shown.locale) })} />
          <TextBlock text={original} heading={t("projects.text.originalIn", { language: language(original.locale) })} />
        </div>
      ) : (
        <p className="max-w-3xl text-sm whitespace-pre-line text-slate-700" lang={bcp47(shown.locale)}>
          {shown.summary}
        </p>
      )}
      <p className="flex flex-wrap gap-4 text-xs text-slate-500">
        <span>{t("projects.text.originalIn", { language: language(original.locale) })}</span>
        {translatedView && (
          <Link
            href={compare ? `/projects/${project.id}` : `/projects/${project.id}?compare=1`}
            className="font-medium text-brand-700 hover:underline"
          >
            {compare ? t("projects.text.hideSideBySide") : t("projects.text.sideBySide")}
          </Link>
        )}
        {project.createdBy && <span>{t("projects.detail.createdBy", { name: project.createdBy.name })}</span>}
      </p>
    </header>
  );
}
