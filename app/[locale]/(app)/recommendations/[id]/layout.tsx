import type { ReactNode } from "react";

import { requirePermission } from "@/lib/auth/guard";
import { loadRecommendation } from "@/lib/recommendations/load-page";

type Props = { children: ReactNode; params: Promise<{ locale: string; id: string }> };

/** 404 for an unknown recommendation before the skeleton streams; the pages read the same record. */
export default async function RecommendationLayout({ children, params }: Props) {
  const { locale, id } = await params;
  await loadRecommendation(await requirePermission(locale, "recommendation.read"), id);
  return children;
}
