import { getTranslations, setRequestLocale } from "next-intl/server";

import { ReportQueue } from "@/components/comments/report-queue";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { listReportQueue } from "@/lib/comments/moderation";

export default async function ModerationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "comment.moderate");
  const [queue, t] = await Promise.all([listReportQueue(user), getTranslations("comments.moderation")]);
  return (
    <ClientMessages ns={["comments", "forms"]}>
      <PageHeader title={t("title")} intro={t("intro", { count: queue.length })} />
      <ReportQueue
        items={queue.map((c) => ({
          ...c,
          createdAt: c.createdAt.toISOString(),
          reports: c.reports.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
        }))}
      />
    </ClientMessages>
  );
}
