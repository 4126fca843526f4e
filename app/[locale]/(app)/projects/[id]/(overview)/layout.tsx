import type { ReactNode } from "react";

import { requireProjectPage } from "@/lib/projects/load-page";

type Props = { children: ReactNode; params: Promise<{ locale: string; id: string }> };

/** 404 for an unknown or hidden project before the skeleton streams; the page reads the same record. */
export default async function ProjectLayout({ children, params }: Props) {
  const { locale, id } = await params;
  await requireProjectPage(locale, id);
  return children;
}
