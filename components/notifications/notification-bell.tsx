"use client";

import { useTranslations } from "next-intl";

import { Link } from "@/lib/i18n/navigation";

import { useUnreadCount } from "./use-unread-count";

/**
 * The header's link to the inbox with the unread count; its label says the count in words. The
 * server words the count the page was rendered with (`initialLabel`, notifications.bell): its
 * translator keeps parsed messages for the process, while this component's provider parses the
 * plural message again on every server render of every page (about 0.4 ms).
 */
export function NotificationBell({ initialCount, initialLabel }: { initialCount: number; initialLabel: string }) {
  const t = useTranslations("notifications");
  const { data: count } = useUnreadCount(initialCount);
  const label = count === initialCount ? initialLabel : t("bell", { count });
  return (
    <>
      {/* Announces a count that changed by polling; the link itself carries the label. */}
      <span role="status" className="sr-only">
        {count > 0 ? label : ""}
      </span>
      <Link
        href="/notifications"
        aria-label={label}
        title={label}
        data-testid="notification-bell"
        className="relative rounded-md p-2 text-slate-700 hover:bg-slate-100"
      >
        <svg
          aria-hidden
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth={1.8}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {count > 0 && (
          <span
            aria-hidden
            data-testid="notification-count"
            className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white"
          >
            {count > 99 ? "99+" : count}
          </span>
        )}
      </Link>
    </>
  );
}
