import type { ReactNode } from "react";

import { requirePermission } from "@/lib/auth/guard";
import { loadInitiative } from "@/lib/initiatives/load-page";

type Props = { children: ReactNode; params: Promise<{ locale: string; id: string }> };

/** 404 for an unknown initiative before the skeleton streams; the pages read the same record. */
export default async function InitiativeLayout({ children, params }: Props) {
  const { locale, id } = await params;
  await loadInitiative(await requirePermission(locale, "recommendation.read"), id);
  return children;
}
