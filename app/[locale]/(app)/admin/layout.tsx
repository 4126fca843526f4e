import { redirect } from "next/navigation";
import type { ReactNode } from "react";

import { requireUser } from "@/lib/auth/guard";
import { can, type Action } from "@/lib/auth/permissions";

/** What the administration pages need between them; each page still checks its own. */
const ADMIN_PAGES: Action[] = ["user.read", "organization.manage", "catalog.manage", "scoringModel.manage", "outbox.read", "audit.read"];

/**
 * Refuses whoever may open none of the administration pages with a real redirect: this layout
 * renders outside admin/loading.tsx, a page's own refusal only after the skeleton was streamed.
 */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await requireUser(locale);
  if (!ADMIN_PAGES.some((action) => can(user, action))) redirect(`/${locale}/forbidden`);
  return children;
}
