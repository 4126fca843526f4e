import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";

import { ExportLinks } from "./export-links";
import { PdfLink } from "./pdf-link";

/** The project page's downloads: evidence, scores, and the one-page briefing. */
export async function ProjectDownloads({ projectId, locale }: { projectId: string; locale: string }) {
  const t = await getTranslations("exports");
  return (
    <Card title={t("projectData")}>
      <ul className="space-y-3 text-sm" data-testid="project-downloads">
        <li className="flex flex-wrap items-center justify-between gap-2">
          <span>{t("evidence")}</span>
          <ExportLinks path="/api/exports/evidence" params={{ project: projectId }} locale={locale} testId="export-evidence" />
        </li>
        <li className="flex flex-wrap items-center justify-between gap-2">
          <span>{t("scores")}</span>
          <ExportLinks path="/api/exports/scores" params={{ project: projectId }} locale={locale} testId="export-scores" />
        </li>
        <li className="flex flex-wrap items-center justify-between gap-2">
          <span>{t("briefing")}</span>
          <PdfLink path={`/api/projects/${projectId}/briefing`} locale={locale} label={t("pdf")} testId="briefing-pdf" />
        </li>
      </ul>
    </Card>
  );
}
