import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { DbTx } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

import { buildSearchText } from "./texts";

type Tx = Pick<DbTx, "jointProject" | "projectPartner" | "projectText">;

/** Organizations that have accepted membership of the project (what `project.edit` checks). */
export async function memberOrgIds(tx: Pick<DbTx, "projectPartner">, projectId: string): Promise<string[]> {
  const rows = await tx.projectPartner.findMany({ where: { projectId, status: "ACCEPTED" }, select: { organizationId: true } });
  return rows.map((r) => r.organizationId);
}

/**
 * Loads the project for a write and checks `project.edit` against its accepted members,
 * locking the row so concurrent partner and status changes queue behind each other.
 * A forged or unknown id is "not found" before any permission question is asked.
 */
export async function loadForEdit(tx: Tx & Pick<DbTx, "$executeRaw">, actor: Actor, projectId: string) {
  assertUuid(projectId);
  await tx.$executeRaw`SELECT 1 FROM joint_projects WHERE id = ${projectId}::uuid FOR UPDATE`;
  const project = await tx.jointProject.findUnique({ where: { id: projectId }, include: { texts: true } });
  if (!project) throw new NotFoundError();
  assertCan(actor, "project.edit", { memberOrgIds: await memberOrgIds(tx, projectId) });
  return project;
}

/** Whether the accepted partners cover both countries (the activation rule). */
export async function hasBothCountries(tx: Pick<DbTx, "projectPartner">, projectId: string, excludeOrgId?: string): Promise<boolean> {
  const rows = await tx.projectPartner.findMany({
    where: { projectId, status: "ACCEPTED", ...(excludeOrgId ? { organizationId: { not: excludeOrgId } } : {}) },
    select: { organization: { select: { country: true } } },
  });
  const countries = new Set(rows.map((r) => r.organization.country));
  return countries.has("CN") && countries.has("RU");
}

export async function assertBothCountries(tx: Pick<DbTx, "projectPartner">, projectId: string, excludeOrgId?: string) {
  if (!(await hasBothCountries(tx, projectId, excludeOrgId))) throw new ValidationError("needsBothCountries");
}

/** Keeps `search_text` in step with every stored title and summary. */
export async function refreshSearchText(tx: Tx, projectId: string) {
  const texts = await tx.projectText.findMany({ where: { projectId }, orderBy: { locale: "asc" } });
  await tx.jointProject.update({ where: { id: projectId }, data: { searchText: buildSearchText(texts) } });
}

/**
 * The next code for the year, e.g. SR-2026-0042. A transaction-scoped advisory lock serialises
 * concurrent creations, so two projects never get the same number (the unique index backs it).
 */
export async function nextProjectCode(tx: Pick<DbTx, "$queryRaw" | "$executeRaw">, year: number): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('joint_projects.code'))`;
  const prefix = `SR-${year}-`;
  const [row] = await tx.$queryRaw<{ n: number | null }[]>`
    SELECT max(split_part(code, '-', 3)::int) AS n FROM joint_projects
    WHERE code LIKE ${`${prefix}%`} AND split_part(code, '-', 3) ~ '^[0-9]+$'`;
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(4, "0")}`;
}
