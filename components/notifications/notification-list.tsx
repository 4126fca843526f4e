import { getTranslations } from "next-intl/server";

import { getFormatter } from "@/lib/i18n/formatter";
import type { NotificationView } from "@/lib/notifications/present";

import { MarkReadButton } from "./mark-read-buttons";

/**
 * The inbox items, newest first. Each sentence links through the "open" route, which marks the
 * item read and lands on it; a plain anchor so that no prefetch marks anything.
 */
export async function NotificationList({ items, locale }: { items: NotificationView[]; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("notifications"), getFormatter()]);
  if (items.length === 0)
    return (
      <p className="text-sm text-slate-600" data-testid="notifications-empty">
        {t("empty")}
      </p>
    );
  return (
    <ul className="divide-y divide-slate-200" data-testid="notification-list">
      {items.map((item) => {
        const sentence = t(`sentence.${item.kind}`, { actor: item.actorName, title: item.title });
        const unread = !item.readAt;
        return (
          <li
            key={item.id}
            data-testid="notification-item"
            data-unread={unread || undefined}
            className={`flex items-start gap-3 px-3 py-3 ${unread ? "bg-brand-50" : ""}`}
          >
            <span aria-hidden className={`mt-2 h-2 w-2 shrink-0 rounded-full ${unread ? "bg-brand-700" : "bg-transparent"}`} />
            <div className="min-w-0 flex-1">
              <a
                href={`/api/notifications/${item.id}/open?locale=${locale}`}
                className={`relative block text-sm hover:underline ${unread ? "font-semibold text-slate-900" : "text-slate-700"}`}
              >
                {unread && <span className="sr-only">{t("unread")}: </span>}
                {sentence}
              </a>
              <div className="mt-0.5 text-xs text-slate-500">
                <time dateTime={item.createdAt.toISOString()}>
                  {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </div>
            </div>
            {unread && <MarkReadButton id={item.id} label={sentence} />}
          </li>
        );
      })}
    </ul>
  );
}
