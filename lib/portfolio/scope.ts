import "server-only";

import { portfolioScope, type Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/db/generated/prisma/client";

import type { TPortfolioFilter } from "./schema";

/**
 * The filtered projects the actor may see, as a SQL fragment: `WITH portfolio AS (…)`, one row per
 * project with every dimension the dashboard groups by and its latest score. The permission
 * module decides the scope; a partner's rows are their organization's accepted memberships.
 * Every value is a bound parameter.
 */
export function portfolioCte(actor: Actor, filter: TPortfolioFilter): Prisma.Sql {
  const scope = portfolioScope(actor);
  const inner: Prisma.Sql[] = [];
  if ("organizationId" in scope) {
    inner.push(Prisma.sql`EXISTS (SELECT 1 FROM project_partners mine WHERE mine.project_id = p.id
      AND mine.organization_id = ${scope.organizationId}::uuid AND mine.status = 'ACCEPTED')`);
  }
  if (filter.sector) inner.push(Prisma.sql`p.sector = ${filter.sector}::"Sector"`);
  if (filter.region) inner.push(Prisma.sql`p.region_code = ${filter.region}`);
  const outer: Prisma.Sql[] = [];
  if (filter.pair) outer.push(Prisma.sql`pair = ${filter.pair}`);
  if (filter.stage) outer.push(Prisma.sql`stage = ${filter.stage}`);
  if (filter.level) outer.push(Prisma.sql`level = ${filter.level}`);
  if (filter.binding) outer.push(Prisma.sql`binding = ${filter.binding}`);
  const where = (conds: Prisma.Sql[]) => (conds.length ? Prisma.sql`WHERE ${Prisma.join(conds, " AND ")}` : Prisma.empty);
  return Prisma.sql`WITH described AS (
      SELECT p.id, p.code, p.sector::text AS sector, p.region_code AS region,
             pr.pair,
             CASE WHEN l.assessed THEN l.stage END AS stage,
             CASE WHEN l.assessed THEN l.level END AS level,
             CASE WHEN l.assessed THEN coalesce(l.binding_constraint, 'none') END AS binding,
             coalesce(l.assessed, false) AS assessed,
             l.snapshot_id, l.d, l.u_technology, l.u_institutional, l.u_resource
      FROM joint_projects p
      LEFT JOIN portfolio_pairs pr ON pr.project_id = p.id
      LEFT JOIN portfolio_latest_scores l ON l.project_id = p.id
      ${where(inner)}
    ), portfolio AS (SELECT * FROM described ${where(outer)})`;
}
