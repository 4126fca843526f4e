import { getTranslations, setRequestLocale } from "next-intl/server";

import { ExportLinks } from "@/components/exports/export-links";
import { PdfLink } from "@/components/exports/pdf-link";
import { AssignForm } from "@/components/forums/assign-form";
import { PrintButton } from "@/components/forums/print-button";
import { ReportView } from "@/components/forums/report-view";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ForumPublish } from "@/components/publication/forum-publish";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { loadForumReport } from "@/lib/forums/load-page";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import { listInitiatives } from "@/lib/initiatives/service";

export default async function ForumPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "recommendation.read");
  const report = await loadForumReport(user, id);
  const [t, format] = await Promise.all([getTranslations("forums"), getFormatter()]);
  const manage = can(user, "forum.manage");
  const all = manage ? await listInitiatives(user) : [];
  const assigned = report.rows.map((r) => r.id);
  const { forum } = report;
  return (
    <ClientMessages ns={["forums.assigned", "forums.assignTitle", "forums.assign", "forms", "publication"]}>
      {/* Printed, the report shows alone (app/globals.css, [data-print-report]): an inline <style>
          would need the page's CSP nonce. */}
      <div data-print-report>
        <PageHeader
          title={localized(forum, "name", locale)}
          intro={`${format.dateTime(forum.heldOn, { dateStyle: "long", timeZone: "UTC" })} · ${forum.place}`}
          actions={
            <div className="flex flex-wrap gap-2" data-print="hide">
              <PrintButton label={t("print")} />
              <ExportLinks path={`/api/forums/${forum.id}/report`} locale={locale} testId="export-forum" />
              <PdfLink path={`/api/forums/${forum.id}/report/pdf`} locale={locale} label={t("pdf")} testId="forum-pdf" />
            </div>
          }
        />
        <div className="space-y-4">
          <Card title={t("reportTitle")}>
            <p className="mb-3 hidden text-base font-semibold print:block">
              <span lang="zh-Hans" className="block">
                {forum.nameZh}
              </span>
              <span lang="ru" className="block">
                {forum.nameRu}
              </span>
              <span lang="en" className="block text-sm font-normal">
                {forum.nameEn}
              </span>
            </p>
            <ReportView report={report} />
          </Card>
          {manage && (
            <div data-print="hide">
              <Card>
                <ForumPublish forumId={forum.id} version={forum.version} published={forum.publishedAt !== null} locale={locale} />
              </Card>
            </div>
          )}
          {manage && (
            <div data-print="hide">
              <Card title={t("assignTitle")}>
                <AssignForm
                  forumId={forum.id}
                  assigned={assigned}
                  options={all.map((i) => ({ value: i.id, label: `${i.recommendation.code} — ${localized(i, "title", locale)}` }))}
                />
              </Card>
            </div>
          )}
        </div>
      </div>
    </ClientMessages>
  );
}
