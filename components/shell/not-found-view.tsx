import { getTranslations } from "next-intl/server";

import { buttonClass } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

/** "Page not found" with the way back; the (app) one renders inside the app shell, header included. */
export async function NotFoundView() {
  const [t, tb] = await Promise.all([getTranslations("notFound"), getTranslations("boundaries")]);
  return (
    <div data-testid="not-found" className="max-w-xl space-y-3 py-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-600">{t("body")}</p>
      <Link href="/" className={buttonClass("secondary")}>
        {tb("home")}
      </Link>
    </div>
  );
}
