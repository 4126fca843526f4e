import { fromIsoDate } from "@/lib/dates";
import type { DbTx } from "@/lib/db/client";
import { endOfDay, enrolProjects, overlappingMembership } from "@/lib/periods/membership";

import { PERIODS } from "./evidence";

/**
 * The closed half-year rounds of the demo: the first three reporting rounds the evidence
 * describes (lib/seed/evidence.ts PERIODS), each opened by the Chinese organizer a month
 * before it ended and locked a month after, once the round's scores were in. All lie before
 * 2026-07-01, so the browser tests' entries (this month, the last full quarter) stay clear of them.
 */
export const DEMO_PERIODS = [
  { key: "2025-H1", openedOn: "2025-06-02", deadline: "2025-07-31", ...PERIODS[0] },
  { key: "2025-H2", openedOn: "2025-12-01", deadline: "2026-01-31", ...PERIODS[1] },
  { key: "2026-H1", openedOn: "2026-06-01", deadline: "2026-07-31", ...PERIODS[2] },
] as const;

/**
 * Opens the demo's past reporting periods the way an organizer does (lib/periods/membership:
 * no overlapping membership, evidence with dates inside joins), dated when it happened: every
 * joint project running during the half-year takes part. Runs after the portfolio, so the
 * triggers file each project's entries and its score as of the deadline.
 */
export async function seedPeriods(tx: DbTx): Promise<{ periods: number; periodMembers: number; periodEvidence: number }> {
  const organizer = await tx.user.findUniqueOrThrow({ where: { email: "organizer.cn@synergia.demo" }, select: { id: true } });
  let periodMembers = 0;
  let periodEvidence = 0;
  for (const p of DEMO_PERIODS) {
    const startsOn = fromIsoDate(p.start);
    const endsOn = fromIsoDate(p.end);
    const openedAt = new Date(`${p.openedOn}T08:30:00Z`);
    const running = await tx.jointProject.findMany({
      where: { status: { not: "DRAFT" }, startDate: { lte: endsOn }, OR: [{ endDate: null }, { endDate: { gte: startsOn } }] },
      orderBy: { code: "asc" },
      select: { id: true },
    });
    const projectIds = running.map((r) => r.id);
    const overlap = await overlappingMembership(tx, projectIds, startsOn, endsOn);
    if (overlap) throw new Error(`Demo period ${p.key} overlaps ${overlap.period.key} for ${overlap.project.code}.`);
    const period = await tx.reportingPeriod.create({
      data: { key: p.key, startsOn, endsOn, deadline: endOfDay(p.deadline), createdById: organizer.id, createdAt: openedAt },
    });
    const evidenceJoined = await enrolProjects(tx, period, projectIds);
    if (evidenceJoined === 0) throw new Error(`No demo evidence falls into ${p.key}: the seed's rounds and periods disagree.`);
    await tx.auditLog.create({
      data: {
        actorId: organizer.id,
        action: "period.open",
        entityType: "ReportingPeriod",
        entityId: period.id,
        after: { key: p.key, startsOn: p.start, endsOn: p.end, deadline: period.deadline.toISOString(), projectIds, evidenceJoined },
        createdAt: openedAt,
      },
    });
    periodMembers += projectIds.length;
    periodEvidence += evidenceJoined;
  }
  return { periods: DEMO_PERIODS.length, periodMembers, periodEvidence };
}
