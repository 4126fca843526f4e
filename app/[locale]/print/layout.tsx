import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";

import { requireUser } from "@/lib/auth/guard";

/**
 * Print views: a document alone, no app shell, for printing and for the PDF downloads (which
 * render these pages as the requesting user). Signed-in users only; each page checks its own
 * permission through the services like any other page.
 */
export default async function PrintLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser(locale);
  return <main className="mx-auto max-w-[186mm] bg-white p-4 text-[10.5px] leading-snug text-slate-900 print:p-0">{children}</main>;
}
