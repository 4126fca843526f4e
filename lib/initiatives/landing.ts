import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type Prisma } from "@/lib/db/client";
import { initiativeProgress, overdueCount } from "./progress";

/**
 * Landing-page lists: a partner sees the initiatives their organization owns; an organizer sees
 * those needing attention (stalled, or with overdue milestones).
 */
export async function landingInitiatives(actor: Actor, take = 8) {
  assertCan(actor, "recommendation.read");
  const today = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
  const where: Prisma.InitiativeWhereInput =
    actor.role === "PARTNER"
      ? { owners: { some: { organizationId: actor.organizationId ?? "00000000-0000-0000-0000-000000000000" } }, status: { not: "WITHDRAWN" } }
      : { OR: [{ status: "STALLED" }, { status: { notIn: ["COMPLETE", "WITHDRAWN"] }, milestones: { some: { completedAt: null, dueDate: { lt: today } } } }] };
  const rows = await getDb().initiative.findMany({ where, orderBy: { dueDate: "asc" }, take, include: { milestones: true } });
  return rows.map((r) => ({ ...r, progress: initiativeProgress(r), overdue: overdueCount(r.milestones) }));
}
