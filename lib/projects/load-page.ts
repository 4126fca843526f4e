import "server-only";

import { cache } from "react";

import { orNotFound } from "@/lib/auth/guard";
import { can, type Actor } from "@/lib/auth/permissions";

import { getProjectOrThrow } from "./service";

/**
 * For project pages: the project (404 on a forged or unknown id) and whether the reader may edit
 * it. Once per request: a segment layout and its page that both ask share one query.
 */
export const loadProjectPage = cache(async (actor: Actor, id: string) => {
  const project = await orNotFound(getProjectOrThrow(actor, id));
  const memberOrgIds = project.partners.filter((p) => p.status === "ACCEPTED").map((p) => p.organizationId);
  return { project, canEdit: can(actor, "project.edit", { memberOrgIds }) };
});
