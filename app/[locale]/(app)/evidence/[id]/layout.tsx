import type { ReactNode } from "react";

import { requireUser } from "@/lib/auth/guard";
import { loadEvidencePage } from "@/lib/evidence/load-page";

type Props = { children: ReactNode; params: Promise<{ locale: string; id: string }> };

/** 404 for unknown or hidden evidence before the skeleton streams; the pages read the same record. */
export default async function EvidenceLayout({ children, params }: Props) {
  const { locale, id } = await params;
  await loadEvidencePage(await requireUser(locale), id, locale);
  return children;
}
