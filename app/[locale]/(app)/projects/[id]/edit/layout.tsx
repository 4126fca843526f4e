import type { ReactNode } from "react";

import { requireProjectPage } from "@/lib/projects/load-page";

type Props = { children: ReactNode; params: Promise<{ locale: string; id: string }> };

/** 404 for an unknown project, the forbidden page for a non-member, as HTTP answers. */
export default async function ProjectEditorLayout({ children, params }: Props) {
  const { locale, id } = await params;
  await requireProjectPage(locale, id, { edit: true });
  return children;
}
