import { getTranslations, setRequestLocale } from "next-intl/server";

import { OutboxStatus } from "@/components/notifications/outbox-status";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/guard";
import { getFormatter } from "@/lib/i18n/formatter";
import { Link } from "@/lib/i18n/navigation";
import { loadOutboxMail } from "@/lib/mail/load-page";

export default async function OutboxMailPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "outbox.read");
  const mail = await loadOutboxMail(user, id);
  const [t, format] = await Promise.all([getTranslations("notifications.outbox"), getFormatter()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <>
      <PageHeader
        title={mail.subject}
        intro={
          <Link href="/admin/outbox" className="text-brand-700 hover:underline">
            {t("back")}
          </Link>
        }
      />
      <Card>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="font-medium text-slate-600">{t("to")}</dt>
          <dd>{mail.toAddress}</dd>
          <dt className="font-medium text-slate-600">{t("language")}</dt>
          <dd>{mail.locale}</dd>
          <dt className="font-medium text-slate-600">{t("status")}</dt>
          <dd>
            <OutboxStatus status={mail.status} />
          </dd>
          <dt className="font-medium text-slate-600">{t("created")}</dt>
          <dd>{when(mail.createdAt)}</dd>
          <dt className="font-medium text-slate-600">{t("sent")}</dt>
          <dd>{when(mail.sentAt)}</dd>
          <dt className="font-medium text-slate-600">{t("attempts")}</dt>
          <dd>{mail.attempts}</dd>
          {mail.error && (
            <>
              <dt className="font-medium text-slate-600">{t("error")}</dt>
              <dd>{mail.error}</dd>
            </>
          )}
        </dl>
        <h2 className="mt-6 mb-2 text-sm font-semibold">{t("body")}</h2>
        {/* The plain-text part: what the HTML part says, without rendering stored HTML here. */}
        <pre data-testid="outbox-body" lang={mail.locale} className="whitespace-pre-wrap rounded-md bg-slate-50 p-4 text-sm text-slate-800">
          {mail.textBody}
        </pre>
      </Card>
    </>
  );
}
