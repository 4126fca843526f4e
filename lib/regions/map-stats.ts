import "server-only";

import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";

export type RegionFigures = {
  /** ISO 3166-2 code, or null for the projects that name no region. */
  code: string | null;
  projects: number;
  /** Projects with a coordination degree (the mean is over these). */
  scored: number;
  meanD: number | null;
};

export type RegionMapStats = {
  /** Set when the figures cover one organization's projects (a partner's view). */
  organizationId: string | null;
  regions: RegionFigures[];
  unplaced: number;
};

/**
 * Projects per region and their mean coordination degree, grouped in SQL. The projects counted
 * are exactly those the project list shows for `?region=…` (plus `&org=…` in a partner's view),
 * so a region's figure and the list it links to agree.
 */
export async function regionMapStats(actor: Actor): Promise<RegionMapStats> {
  assertCan(actor, "regionMap.read");
  const organizationId = can(actor, "regionMap.readAll") ? null : actor.organizationId;
  const scope = organizationId
    ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM project_partners pp
        WHERE pp.project_id = p.id AND pp.organization_id = ${organizationId}::uuid AND pp.status = 'ACCEPTED')`
    : Prisma.empty;
  const rows = await getDb().$queryRaw<{ code: string | null; projects: number; scored: number; mean_d: number | null }[]>`
    SELECT p.region_code AS code, count(*)::int AS projects, count(p.latest_d)::int AS scored, avg(p.latest_d)::float8 AS mean_d
    FROM joint_projects p ${scope}
    GROUP BY p.region_code
    ORDER BY p.region_code`;
  return {
    organizationId,
    regions: rows.filter((r) => r.code !== null).map((r) => ({ code: r.code, projects: r.projects, scored: r.scored, meanD: r.mean_d })),
    unplaced: rows.find((r) => r.code === null)?.projects ?? 0,
  };
}
