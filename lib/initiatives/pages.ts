import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { TOverviewFilter } from "@/lib/recommendations/schema";
import { initiativeWhere } from "@/lib/recommendations/service";

import { initiativeProgress, isOverdue } from "./progress";

/**
 * Initiatives with their milestones and progress, in the overview's order (recommendation, then
 * creation), cursor-paginated for exports and API reads; the overview's filters apply.
 */
export async function listInitiativesAfter(actor: Actor, filter: TOverviewFilter, cursor: string | null, limit: number) {
  assertCan(actor, "recommendation.read");
  const rows = await getDb().initiative.findMany({
    where: { ...initiativeWhere(filter), ...(filter.area ? { recommendation: { area: filter.area } } : {}) },
    orderBy: [{ recommendation: { code: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    take: limit,
    include: {
      recommendation: { select: { code: true, area: true, textEn: true, textZh: true, textRu: true } },
      owners: { include: { organization: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, country: true } } } },
      projects: { select: { projectId: true }, orderBy: { projectId: "asc" } },
      milestones: { orderBy: [{ position: "asc" }, { dueDate: "asc" }] },
    },
  });
  const now = new Date();
  return {
    rows: rows.map((r) => ({
      ...r,
      projectIds: r.projects.map((p) => p.projectId),
      progress: initiativeProgress(r),
      milestones: r.milestones.map((m) => ({ ...m, overdue: isOverdue(m, now) })),
    })),
    next: rows.length === limit ? rows[rows.length - 1].id : null,
  };
}

export type InitiativeExportRow = Awaited<ReturnType<typeof listInitiativesAfter>>["rows"][number];
