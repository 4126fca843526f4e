import "server-only";

import { z } from "zod";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

import { ZExportFilters, type ExportTableName } from "./schema";
import { auditTable } from "./sources/audit";
import { evidenceTable } from "./sources/evidence";
import { initiativesTable } from "./sources/initiatives";
import { projectsTable } from "./sources/projects";
import { queueTable } from "./sources/queue";
import { scoresTable } from "./sources/scores";
import type { ExportTable } from "./table";

const dayStart = (iso?: string) => (iso ? new Date(`${iso}T00:00:00Z`) : undefined);
const dayAfter = (iso?: string) => (iso ? new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000) : undefined);

async function projectCode(actor: Actor, id: string): Promise<string> {
  assertCan(actor, "project.read");
  const project = await getDb().jointProject.findUnique({ where: { id }, select: { code: true } });
  if (!project) throw new NotFoundError();
  return project.code;
}

type Filters = { [K in ExportTableName]: z.infer<(typeof ZExportFilters)[K]> };

/**
 * The table a download asks for. Each source reads through its feature's service, which checks
 * the permission and applies the same visibility as the page (drafts of other organizations never
 * appear); nothing here decides who may read what.
 */
export async function buildExport<K extends ExportTableName>(
  actor: Actor,
  name: K,
  filters: Filters[K],
  locale: string,
): Promise<ExportTable> {
  switch (name) {
    case "projects":
      return projectsTable(actor, filters as Filters["projects"], locale);
    case "evidence": {
      const { project } = filters as Filters["evidence"];
      return evidenceTable(actor, project, await projectCode(actor, project), locale);
    }
    case "scores": {
      const { project } = filters as Filters["scores"];
      return scoresTable(actor, project, await projectCode(actor, project), locale);
    }
    case "queue":
      return queueTable(actor, locale);
    case "initiatives":
      return initiativesTable(actor, filters as Filters["initiatives"], locale);
    case "audit": {
      const f = filters as Filters["audit"];
      return auditTable(actor, { action: f.action, entityType: f.entityType, from: dayStart(f.from), to: dayAfter(f.to) }, locale);
    }
  }
  throw new NotFoundError();
}
