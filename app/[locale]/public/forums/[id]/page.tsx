import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";

import { ForumReportDoc } from "@/components/print/forum-report-doc";
import { PublicHeader } from "@/components/public/public-header";
import { localized } from "@/lib/i18n/localized";
import { cachedPublicForumReport } from "@/lib/publication/cached";
import { publicMetadata } from "@/lib/publication/metadata";

type Props = { params: Promise<{ locale: string; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const report = await cachedPublicForumReport(id);
  if (!report) return {};
  const t = await getTranslations({ locale, namespace: "public" });
  return publicMetadata({
    locale,
    path: `/public/forums/${id}`,
    title: `${localized(report.forum, "name", locale)} · Synergia`,
    description: t("forums.intro"),
  });
}

/** A published edition's report; unpublished or unknown editions are a 404. */
export default async function PublicForumReport({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const report = await cachedPublicForumReport(id);
  if (!report) notFound();
  const lang = locale === "zh" || locale === "ru" || locale === "en" ? locale : "en";
  return (
    <>
      <PublicHeader locale={locale} path={`/forums/${id}`} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8 text-sm">
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white p-5">
          <ForumReportDoc report={report} locales={[lang]} />
        </div>
      </main>
    </>
  );
}
