import { setRequestLocale } from "next-intl/server";

import { BriefingColumn } from "@/components/print/briefing";
import { LanguageColumns } from "@/components/print/columns";
import { requirePermission } from "@/lib/auth/guard";
import { columnsOf } from "@/lib/pdf/languages";
import { ZPdfLanguage } from "@/lib/pdf/schema";
import { loadProjectPage } from "@/lib/projects/load-page";
import { getProjectScores } from "@/lib/scores/service";

/** The one-page project briefing (?lang=en|zh|ru|zh-ru), printed to PDF by /api/projects/[id]/briefing. */
export default async function BriefingPrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ lang?: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "project.read");
  const lang = ZPdfLanguage.catch(locale as "en").parse((await searchParams).lang);
  const { project } = await loadProjectPage(user, id);
  const scores = await getProjectScores(user, id);
  return (
    <div data-testid="briefing">
      <LanguageColumns
        locales={columnsOf(lang)}
        render={(l) => <BriefingColumn project={project} latest={scores.latest} catalog={scores.catalog} locale={l} />}
      />
    </div>
  );
}
