import "server-only";

import { orNotFound } from "@/lib/auth/guard";
import { can, type Actor } from "@/lib/auth/permissions";

import { getProjectOrThrow } from "./service";

/** For project pages: the project (404 on a forged or unknown id) and whether the reader may edit it. */
export async function loadProjectPage(actor: Actor, id: string) {
  const project = await orNotFound(getProjectOrThrow(actor, id));
  const memberOrgIds = project.partners.filter((p) => p.status === "ACCEPTED").map((p) => p.organizationId);
  return { project, canEdit: can(actor, "project.edit", { memberOrgIds }) };
}
