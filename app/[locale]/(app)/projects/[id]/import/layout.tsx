import type { ReactNode } from "react";

import { requirePermission } from "@/lib/auth/guard";
import { loadNewEvidenceContext } from "@/lib/evidence/load-page";

type Props = { children: ReactNode; params: Promise<{ locale: string; id: string }> };

/** 404 for an unknown project as an HTTP answer (a non-member sees the page's notice). */
export default async function ImportLayout({ children, params }: Props) {
  const { locale, id } = await params;
  await loadNewEvidenceContext(await requirePermission(locale, "project.read"), id, locale);
  return children;
}
