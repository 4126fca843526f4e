import "server-only";

import { redirect } from "next/navigation";
import { cache } from "react";

import { orNotFound, requirePermission } from "@/lib/auth/guard";
import { can, type Actor } from "@/lib/auth/permissions";

import { getProjectOrThrow } from "./service";

/**
 * For project pages: the project (404 on a forged or unknown id) and whether the reader may edit
 * it. Once per request: the segment's layout reads it first, the page then gets the same result.
 */
export const loadProjectPage = cache(async (actor: Actor, id: string) => {
  const project = await orNotFound(getProjectOrThrow(actor, id));
  const memberOrgIds = project.partners.filter((p) => p.status === "ACCEPTED").map((p) => p.organizationId);
  return { project, canEdit: can(actor, "project.edit", { memberOrgIds }) };
});

/**
 * For the layouts of project pages, which render before the loading skeleton streams: the 404 page
 * for an unknown project and, with `edit`, the forbidden page for a reader who may not edit it,
 * both as HTTP answers.
 */
export async function requireProjectPage(locale: string, id: string, { edit = false } = {}) {
  const user = await requirePermission(locale, "project.read");
  const page = await loadProjectPage(user, id);
  if (edit && !page.canEdit) redirect(`/${locale}/forbidden`);
  return { user, ...page };
}
