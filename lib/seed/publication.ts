import type { DbTx } from "@/lib/db/client";

/** How many demo projects their partners have agreed to publish. */
const PUBLISHED = 6;
/** The reference case of the source article is among them. */
const FLAGSHIP = "Harbin China–Russia High-tech Park joint intelligent manufacturing project";

/**
 * The demo's public portal: the Harbin High-tech Park project and the first few other running
 * projects with partners from both countries, every partner agreeing, and the forum edition's
 * report published (issue 15).
 */
export async function seedPublication(tx: DbTx): Promise<{ publishedProjects: number }> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM joint_projects p
    WHERE p.status IN ('ACTIVE', 'COMPLETED')
      AND EXISTS (SELECT 1 FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id
                  WHERE pp.project_id = p.id AND pp.status = 'ACCEPTED' AND o.country = 'CN')
      AND EXISTS (SELECT 1 FROM project_partners pp JOIN organizations o ON o.id = pp.organization_id
                  WHERE pp.project_id = p.id AND pp.status = 'ACCEPTED' AND o.country = 'RU')
    ORDER BY EXISTS (SELECT 1 FROM project_texts t WHERE t.project_id = p.id AND t.title = ${FLAGSHIP}) DESC, p.code
    LIMIT ${PUBLISHED}`;
  const now = new Date();
  await tx.projectPartner.updateMany({
    where: { projectId: { in: rows.map((r) => r.id) }, status: "ACCEPTED" },
    data: { publishConsent: true, publishConsentAt: now },
  });
  await tx.forumEdition.updateMany({ data: { publishedAt: now } });
  return { publishedProjects: rows.length };
}
