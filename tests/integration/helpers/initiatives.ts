import { ZCreateInitiative } from "@/lib/initiatives/schema";
import * as initiatives from "@/lib/initiatives/service";
import { seedRecommendations } from "@/lib/seed/recommendations";

import { createOrganization, createUser, testDb } from "./db";

/**
 * An initiative under DG-2 owned by a CN and a RU organization (one RU partner user), with three
 * milestones (weights 1, 1, 2) and the given linked projects.
 */
export async function createInitiativeWorld(options: { projectIds?: string[] } = {}) {
  await seedRecommendations(testDb());
  const rec = await testDb().recommendation.findUniqueOrThrow({ where: { code: "DG-2" } });
  const cn = await createOrganization({ country: "CN" });
  const ru = await createOrganization({ country: "RU" });
  const organizer = await createUser({ role: "ORGANIZER" });
  const ruPartner = await createUser({ role: "PARTNER", organizationId: ru.id });
  const outsider = await createUser({ role: "PARTNER" });
  const initiative = await initiatives.createInitiative(
    organizer,
    ZCreateInitiative.parse({
      recommendationId: rec.id,
      titleEn: "Standards committee charter",
      titleZh: "标准委员会章程",
      titleRu: "Устав комитета по стандартам",
      startDate: "2026-01-01",
      dueDate: "2026-12-31",
      ownerOrgIds: [cn.id, ru.id],
      projectIds: options.projectIds ?? [],
      milestones: [
        { title: "Draft charter", dueDate: "2026-03-01", weight: 1 },
        { title: "Sign charter", dueDate: "2026-06-01", weight: 1 },
        { title: "First meeting", dueDate: "2026-09-01", weight: 2 },
      ],
    }),
  );
  const milestones = [...initiative.milestones].sort((a, b) => a.position - b.position);
  return { rec, cn, ru, organizer, ruPartner, outsider, initiative, milestones };
}

/** Milestone titles in stored order (what the initiative page lists). */
export async function milestoneOrder(initiativeId: string) {
  const rows = await testDb().milestone.findMany({ where: { initiativeId }, orderBy: { position: "asc" } });
  return rows.map((m) => m.title);
}
