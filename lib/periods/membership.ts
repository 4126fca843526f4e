// Not `server-only`: the demo seed (scripts/start.ts, plain Node) opens its past periods with it.
import type { DbTx } from "@/lib/db/client";

type Tx = Pick<DbTx, "reportingPeriodProject" | "evidence">;

/** The period locks at the end of its deadline day (UTC). */
export const endOfDay = (iso: string) => new Date(`${iso}T23:59:59.999Z`);

/**
 * A project takes part in at most one period covering a given day, so every piece of evidence
 * belongs to one period at most: the first membership these projects would break, if any.
 */
export function overlappingMembership(tx: Tx, projectIds: readonly string[], startsOn: Date, endsOn: Date) {
  return tx.reportingPeriodProject.findFirst({
    where: { projectId: { in: [...projectIds] }, period: { startsOn: { lte: endsOn }, endsOn: { gte: startsOn } } },
    select: { period: { select: { key: true } }, project: { select: { code: true } } },
  });
}

/**
 * Adds the projects to the period; evidence already entered for them with dates inside the
 * period joins it. Returns how many items joined.
 */
export async function enrolProjects(
  tx: Tx,
  period: { id: string; startsOn: Date; endsOn: Date },
  projectIds: readonly string[],
): Promise<number> {
  await tx.reportingPeriodProject.createMany({ data: projectIds.map((projectId) => ({ periodId: period.id, projectId })) });
  const joined = await tx.evidence.updateMany({
    where: {
      projectId: { in: [...projectIds] },
      reportingPeriodId: null,
      periodStart: { gte: period.startsOn },
      periodEnd: { lte: period.endsOn },
    },
    data: { reportingPeriodId: period.id },
  });
  return joined.count;
}
