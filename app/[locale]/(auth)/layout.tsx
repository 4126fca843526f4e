import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { ClientMessages } from "@/components/i18n/client-messages";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <div>
          <p className="text-lg font-semibold text-brand-800">{t("appName")}</p>
          <p className="text-xs text-slate-600">{t("tagline")}</p>
        </div>
        <LocaleSwitcher signedIn={false} />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-12 pb-16">
        <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
          {/* Sign-in (with its second-factor step), enrolment, invitation and reset forms. */}
          <ClientMessages ns={["auth", "forms", "twoFactor"]}>{children}</ClientMessages>
        </div>
      </main>
    </div>
  );
}
