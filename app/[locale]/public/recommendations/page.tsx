import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { ProgressBar } from "@/components/initiatives/progress-bar";
import { PublicHeader } from "@/components/public/public-header";
import { getFormatter } from "@/lib/i18n/formatter";
import { cachedPublicRecommendations } from "@/lib/publication/cached";
import { publicMetadata } from "@/lib/publication/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "public" });
  return publicMetadata({
    locale,
    path: "/public/recommendations",
    title: `${t("recommendations.title")} · Synergia`,
    description: t("recommendations.intro"),
  });
}

export default async function PublicRecommendations({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, rows] = await Promise.all([getTranslations(), getFormatter(), cachedPublicRecommendations(locale)]);
  const pct = (v: number) => format.number(v / 100, { style: "percent", maximumFractionDigits: 0 });
  return (
    <>
      <PublicHeader locale={locale} path="/recommendations" />
      <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-semibold text-slate-900">{t("public.recommendations.title")}</h1>
        <p className="mt-2 text-slate-700">{t("public.recommendations.intro")}</p>
        <ul className="mt-6 space-y-4" data-testid="public-recommendations">
          {rows.map((r) => (
            <li key={r.code} className="rounded-lg border border-slate-200 bg-white p-5">
              <p className="text-xs text-slate-500">
                {r.code} · {t(`recommendations.areas.${r.area}`)}
              </p>
              <p className="font-medium text-slate-900">{r.text}</p>
              {r.progress !== null && (
                <div className="mt-2 max-w-md">
                  <ProgressBar value={r.progress} label={`${t("public.recommendations.progress")} ${pct(r.progress)}`} emptyText="—" />
                </div>
              )}
              {r.initiatives.length === 0 ? (
                <p className="mt-2 text-sm text-slate-500">{t("public.recommendations.noInitiatives")}</p>
              ) : (
                <ul className="mt-3 space-y-2 text-sm">
                  {r.initiatives.map((i) => (
                    <li key={i.id} className="border-l-2 border-slate-200 pl-3">
                      <span className="font-medium">{i.title}</span> — {t(`initiatives.status.${i.status}`)}, {pct(i.progress)}
                      <span className="block text-slate-600">
                        {t("public.recommendations.milestones", { met: i.milestonesMet, total: i.milestones })} ·{" "}
                        {t("public.recommendations.due", {
                          date: format.dateTime(new Date(i.dueDate), { dateStyle: "medium", timeZone: "UTC" }),
                        })}
                      </span>
                      {i.projects.length > 0 && (
                        <span className="block text-slate-600">
                          {t("public.recommendations.projects")}:{" "}
                          {i.projects.map((code, k) => (
                            <span key={code}>
                              {k > 0 && ", "}
                              <a href={`/${locale}/public/projects/${code}`} className="text-brand-700 hover:underline">
                                {code}
                              </a>
                            </span>
                          ))}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
