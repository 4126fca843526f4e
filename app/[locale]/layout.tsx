import "@fontsource-variable/inter";
import "@fontsource-variable/noto-sans-sc";
import "../globals.css";

import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { Providers } from "@/components/shell/providers";
import { pickMessages, SHELL_NAMESPACES, type Messages } from "@/lib/i18n/client-messages";
import { routing } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

const htmlLang = { en: "en", zh: "zh-Hans", ru: "ru" } as const;

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={htmlLang[locale]}>
      <body className="min-h-screen font-sans">
        {/* Only what the shell's client components read; pages add their own (ClientMessages). */}
        <NextIntlClientProvider messages={pickMessages((await getMessages()) as Messages, SHELL_NAMESPACES)}>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
