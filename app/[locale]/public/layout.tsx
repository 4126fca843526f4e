import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * The public portal: no sign-in, static pages regenerated on demand and when their data changes
 * (lib/publication/cached.ts). `force-static` also makes cookies and headers read as empty here,
 * so nothing in this tree can see who is visiting.
 */
export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams() {
  // Rendered on first visit, not at build time (the build has no database).
  return [];
}

export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "public" });
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      {children}
      <footer className="mt-auto border-t border-slate-200 bg-white px-4 py-6 text-center text-xs text-slate-500">{t("footer")}</footer>
    </div>
  );
}
