import { getTranslations, setRequestLocale } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { MarkAllReadButton } from "@/components/notifications/mark-read-buttons";
import { NotificationList } from "@/components/notifications/notification-list";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { listNotifications } from "@/lib/notifications/inbox";

export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const inbox = await listNotifications(user, locale, Number((await searchParams).page ?? 1));
  const t = await getTranslations("notifications");
  const pageLink = (page: number) => (page === 1 ? "/notifications" : `/notifications?page=${page}`);
  return (
    <ClientMessages ns={["notifications.markRead", "notifications.markAllRead", "notifications.allMarked", "forms.notifications"]}>
      <PageHeader title={t("title")} intro={t("intro")} actions={inbox.unread > 0 ? <MarkAllReadButton /> : undefined} />
      <Card>
        <NotificationList items={inbox.items} locale={locale} />
        {inbox.pageCount > 1 && (
          <nav aria-label={t("pageOf", { page: inbox.page })} className="mt-4 flex items-center justify-between">
            {inbox.page > 1 ? (
              <Link href={pageLink(inbox.page - 1)} className={buttonClass("secondary")}>
                {t("newer")}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-sm text-slate-600">{t("pageOf", { page: inbox.page })}</span>
            {inbox.page < inbox.pageCount ? (
              <Link href={pageLink(inbox.page + 1)} className={buttonClass("secondary")}>
                {t("older")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </Card>
    </ClientMessages>
  );
}
