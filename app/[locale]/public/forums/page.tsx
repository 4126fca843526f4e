import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

import { PublicHeader } from "@/components/public/public-header";
import { getFormatter } from "@/lib/i18n/formatter";
import { localized } from "@/lib/i18n/localized";
import { cachedPublishedForums } from "@/lib/publication/cached";
import { publicMetadata } from "@/lib/publication/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "public" });
  return publicMetadata({ locale, path: "/public/forums", title: `${t("forums.title")} · Synergia`, description: t("forums.intro") });
}

export default async function PublicForums({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, forums] = await Promise.all([getTranslations("public"), getFormatter(), cachedPublishedForums()]);
  return (
    <>
      <PublicHeader locale={locale} path="/forums" />
      <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
        <h1 className="text-2xl font-semibold text-slate-900">{t("forums.title")}</h1>
        <p className="mt-2 text-slate-700">{t("forums.intro")}</p>
        {forums.length === 0 ? (
          <p className="mt-6 text-slate-600">{t("forums.none")}</p>
        ) : (
          <ul className="mt-6 space-y-3" data-testid="public-forums">
            {forums.map((f) => (
              <li key={f.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <a href={`/${locale}/public/forums/${f.id}`} className="font-semibold text-brand-700 hover:underline">
                  {localized(f, "name", locale)}
                </a>
                <p className="text-sm text-slate-600">
                  {format.dateTime(new Date(f.heldOn), { dateStyle: "long", timeZone: "UTC" })} · {f.place}
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
