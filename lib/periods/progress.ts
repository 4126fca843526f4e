// Not `server-only`: the reminder job (scripts/worker.ts) runs this in plain Node.
import type { DbTx } from "@/lib/db/client";
import { CITABLE_STATUSES } from "@/lib/evidence/status";

type Reader = Pick<DbTx, "projectIndicator" | "indicator" | "evidence">;

/**
 * The indicators each project reports on: its own plan (baseline/target rows) when it has one,
 * else the whole active catalog. One query per table, whatever the number of projects.
 */
export async function expectedIndicators(db: Reader, projectIds: readonly string[]): Promise<Map<string, string[]>> {
  const plans = await db.projectIndicator.findMany({
    where: { projectId: { in: [...projectIds] }, indicator: { active: true } },
    select: { projectId: true, indicatorId: true },
  });
  const catalog = await db.indicator.findMany({
    where: { active: true },
    select: { id: true },
    orderBy: [{ dimension: "asc" }, { code: "asc" }],
  });
  const out = new Map<string, string[]>();
  for (const id of projectIds) out.set(id, []);
  for (const p of plans) out.get(p.projectId)?.push(p.indicatorId);
  for (const [id, list] of out)
    if (list.length === 0)
      out.set(
        id,
        catalog.map((i) => i.id),
      );
  return out;
}

/**
 * What each project still owes for the period: expected indicators without evidence that counts
 * as reported (submitted, or further along and not withdrawn). Drafts are not reported yet.
 */
export async function missingIndicators(db: Reader, periodId: string, projectIds: readonly string[]): Promise<Map<string, string[]>> {
  const expected = await expectedIndicators(db, projectIds);
  const reported = await db.evidence.findMany({
    where: { reportingPeriodId: periodId, projectId: { in: [...projectIds] }, status: { in: CITABLE_STATUSES } },
    select: { projectId: true, indicatorId: true },
    distinct: ["projectId", "indicatorId"],
  });
  const done = new Set(reported.map((r) => `${r.projectId}|${r.indicatorId}`));
  return new Map([...expected].map(([projectId, ids]) => [projectId, ids.filter((id) => !done.has(`${projectId}|${id}`))]));
}
