import { getTranslations } from "next-intl/server";

import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("body")}</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        {t("title") && "Synergia"}
      </Link>
    </main>
  );
}
