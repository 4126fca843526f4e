import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { getDb, type Prisma } from "@/lib/db/client";
import { initiativeChoices } from "@/lib/follows/service";

import { initiativeProgress, overdueCount } from "./progress";

/** Owned by the partner's organization (unless unfollowed), or followed explicitly. */
async function ownedOrFollowed(actor: Actor): Promise<Prisma.InitiativeWhereInput> {
  const { followed, unfollowed } = await initiativeChoices(actor.id);
  const owned: Prisma.InitiativeWhereInput = {
    owners: { some: { organizationId: actor.organizationId ?? "00000000-0000-0000-0000-000000000000" } },
    id: { notIn: unfollowed },
  };
  return { status: { not: "WITHDRAWN" }, OR: [owned, { id: { in: followed } }] };
}

/**
 * Landing-page lists: a partner sees the initiatives their organization owns or they follow; an organizer sees
 * those needing attention (stalled, or with overdue milestones).
 */
export async function landingInitiatives(actor: Actor, take = 8) {
  assertCan(actor, "recommendation.read");
  const today = fromIsoDate(toIsoDate(new Date()));
  const where: Prisma.InitiativeWhereInput =
    actor.role === "PARTNER"
      ? await ownedOrFollowed(actor)
      : {
          OR: [
            { status: "STALLED" },
            { status: { notIn: ["COMPLETE", "WITHDRAWN"] }, milestones: { some: { completedAt: null, dueDate: { lt: today } } } },
          ],
        };
  const rows = await getDb().initiative.findMany({ where, orderBy: { dueDate: "asc" }, take, include: { milestones: true } });
  return rows.map((r) => ({ ...r, progress: initiativeProgress(r), overdue: overdueCount(r.milestones) }));
}
