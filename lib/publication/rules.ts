import "server-only";

import { Prisma } from "@/lib/db/generated/prisma/client";

/**
 * When a project is on the public portal: it is running or finished (never a draft or a
 * suspended one), it has accepted partners from both countries, and every accepted partner has
 * agreed. A partner who joins later has not agreed yet, so the project leaves the portal until
 * it does. Pending or declined invitations do not count.
 */
export const PUBLISHABLE_STATUSES: string[] = ["ACTIVE", "COMPLETED"];

/** The same rule in SQL over `joint_projects p`, for the public reads. */
export const publishedSql = Prisma.sql`(
  p.status IN ('ACTIVE', 'COMPLETED')
  AND NOT EXISTS (SELECT 1 FROM project_partners pp WHERE pp.project_id = p.id AND pp.status = 'ACCEPTED' AND NOT pp.publish_consent)
  AND EXISTS (SELECT 1 FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id
              WHERE pp.project_id = p.id AND pp.status = 'ACCEPTED' AND o.country = 'CN')
  AND EXISTS (SELECT 1 FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id
              WHERE pp.project_id = p.id AND pp.status = 'ACCEPTED' AND o.country = 'RU'))`;
