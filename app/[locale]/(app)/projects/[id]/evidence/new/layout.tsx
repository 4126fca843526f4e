import { redirect } from "next/navigation";
import type { ReactNode } from "react";

import { requireUser } from "@/lib/auth/guard";
import { loadNewEvidenceContext } from "@/lib/evidence/load-page";

type Props = { children: ReactNode; params: Promise<{ locale: string; id: string }> };

/** 404 for an unknown project, the forbidden page for a non-member, as HTTP answers. */
export default async function NewEvidenceLayout({ children, params }: Props) {
  const { locale, id } = await params;
  const { canCreate } = await loadNewEvidenceContext(await requireUser(locale), id, locale);
  if (!canCreate) redirect(`/${locale}/forbidden`);
  return children;
}
