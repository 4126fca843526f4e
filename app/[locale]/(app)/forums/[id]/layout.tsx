import type { ReactNode } from "react";

import { requirePermission } from "@/lib/auth/guard";
import { loadForumReport } from "@/lib/forums/load-page";

type Props = { children: ReactNode; params: Promise<{ locale: string; id: string }> };

/** 404 for an unknown edition before the skeleton streams; the page reads the same report. */
export default async function ForumLayout({ children, params }: Props) {
  const { locale, id } = await params;
  await loadForumReport(await requirePermission(locale, "recommendation.read"), id);
  return children;
}
