import type { Actor } from "@/lib/auth/permissions";
import { ZCreateProject, type TProjectFieldsInput } from "@/lib/projects/schema";
import { createProject } from "@/lib/projects/service";

import { createOrganization, createUser, testDb } from "./db";

/** Valid project fields; override what a test is about. */
export function projectInput(overrides: Partial<TProjectFieldsInput> = {}) {
  return ZCreateProject.parse({
    title: "Joint intelligent assembly line",
    summary: "Robot systems and intelligent assembly lines, jointly developed in Harbin.",
    originalLocale: "en",
    sector: "INTELLIGENT_MANUFACTURING",
    location: "Harbin",
    declaredStage: 2,
    startDate: "2026-03-01",
    endDate: "2028-12-31",
    ...overrides,
  });
}

/** A partner user in a fresh organization of the given country. */
export async function createPartner(country: "CN" | "RU") {
  const org = await createOrganization({ country });
  const user = await createUser({ role: "PARTNER", organizationId: org.id });
  return { org, user };
}

/**
 * A Chinese lead partner with a project, plus a Russian partner organization that has
 * accepted its invitation (directly in the database: the service paths are tested separately).
 */
export async function createPairedProject(overrides: Partial<TProjectFieldsInput> = {}) {
  const cn = await createPartner("CN");
  const ru = await createPartner("RU");
  const project = await createProject(cn.user as Actor, projectInput(overrides));
  await testDb().projectPartner.create({ data: { projectId: project.id, organizationId: ru.org.id, role: "PARTNER", status: "ACCEPTED" } });
  return { cn, ru, project };
}
