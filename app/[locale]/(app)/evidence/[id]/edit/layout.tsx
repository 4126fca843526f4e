import { redirect } from "next/navigation";
import type { ReactNode } from "react";

import { requireUser } from "@/lib/auth/guard";
import { loadEvidencePage } from "@/lib/evidence/load-page";

type Props = { children: ReactNode; params: Promise<{ locale: string; id: string }> };

/** The forbidden page, as an HTTP redirect, for whoever may not edit this evidence. */
export default async function EditEvidenceLayout({ children, params }: Props) {
  const { locale, id } = await params;
  const { can } = await loadEvidencePage(await requireUser(locale), id, locale);
  if (!can.edit) redirect(`/${locale}/forbidden`);
  return children;
}
