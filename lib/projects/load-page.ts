import "server-only";
import { notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { getProjectOrThrow } from "./service";

/** For project pages: the project (404 on a forged or unknown id) and whether the reader may edit it. */
export async function loadProjectPage(actor: Actor, id: string) {
  const project = await getProjectOrThrow(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const memberOrgIds = project.partners.filter((p) => p.status === "ACCEPTED").map((p) => p.organizationId);
  return { project, canEdit: can(actor, "project.edit", { memberOrgIds }) };
}
