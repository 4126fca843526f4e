import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { NotificationBell } from "@/components/notifications/notification-bell";
import type { SessionUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { unreadCount } from "@/lib/notifications/inbox";

import { LocaleSwitcher } from "./locale-switcher";
import { navItemsFor } from "./nav-items";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

/** Beyond this many sections (administrators, organizers), the navigation gets a row of its own. */
const NAV_ROW_FROM = 7;

export async function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const [t, unread] = await Promise.all([getTranslations(), unreadCount(user)]);
  const items = navItemsFor(user);
  // min-w-0: the links scroll in their own row on a phone instead of widening the page.
  const navClass =
    items.length >= NAV_ROW_FROM ? "order-last w-full min-w-0" : "order-last w-full min-w-0 md:order-none md:w-auto md:flex-1";
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("common.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-brand-800">
            {t("common.appName")}
          </Link>
          <nav aria-label={t("nav.mainNavigation")} className={navClass}>
            {/* Translated here, so the browser needs no navigation messages. Core sections are under
                `nav.`; a feature may name its own full key. */}
            <NavLinks
              items={items.map((item) => ({
                href: item.href,
                label: t(item.labelKey.includes(".") ? item.labelKey : `nav.${item.labelKey}`),
              }))}
            />
          </nav>
          {/* On a phone the role gives way, and what still does not fit wraps to a second row. */}
          <div className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-2">
            <NotificationBell initialCount={unread} initialLabel={t("notifications.bell", { count: unread })} />
            <LocaleSwitcher signedIn />
            <Link
              href="/account"
              className="min-w-0 rounded-md px-3 py-2 text-sm break-words text-slate-700 hover:bg-slate-100"
              data-testid="account-link"
            >
              <span className="sr-only">{t("nav.signedInAs", { name: user.name })}</span>
              <span aria-hidden>{user.name}</span>
              <span className="ml-2 text-xs text-slate-500 max-sm:hidden">{t(`roles.${user.role}`)}</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
