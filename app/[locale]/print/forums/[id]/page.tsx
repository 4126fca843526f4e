import { setRequestLocale } from "next-intl/server";

import { ForumReportDoc } from "@/components/print/forum-report-doc";
import { orNotFound, requirePermission } from "@/lib/auth/guard";
import { forumReport } from "@/lib/forums/report";
import { columnsOf } from "@/lib/pdf/languages";
import { ZPdfLanguage } from "@/lib/pdf/schema";

/** The forum report for print (?lang=en|zh|ru|zh-ru), printed to PDF by /api/forums/[id]/report/pdf. */
export default async function ForumReportPrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ lang?: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "recommendation.read");
  const lang = ZPdfLanguage.catch(locale as "en").parse((await searchParams).lang);
  const report = await orNotFound(forumReport(user, id));
  return <ForumReportDoc report={report} locales={columnsOf(lang)} />;
}
