import "server-only";

import type { Actor } from "@/lib/auth/permissions";
import type { DbTx } from "@/lib/db/client";
import { isVisibleTo } from "@/lib/evidence/status";
import type { EvidenceStatus } from "@/lib/scoring";

import type { ScoreHistoryPoint } from "./view";

/** What a history point links to: the evidence item, and the decision when one caused it. */
export type ScoreCause = { evidenceId: string; indicatorCode: string; verificationId: string | null };

export type ExplainedPoint = ScoreHistoryPoint & {
  cause: ScoreCause | null;
  /** D minus the previous shown point's D; null for the first point. */
  deltaD: number | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What a snapshot stores about its cause. */
type Caused = { trigger: string; triggerId: string | null };
const idOf = (p: Caused, prefix: string) => (p.trigger.startsWith(prefix) && p.triggerId && UUID.test(p.triggerId) ? p.triggerId : null);

/** Resolves the causes of many snapshots with two queries: the decision's evidence, the evidence. */
async function causeResolver(db: DbTx, points: readonly Caused[]) {
  const verificationIds = [...new Set(points.map((p) => idOf(p, "verification.")).filter((id): id is string => !!id))];
  const verifications = verificationIds.length
    ? await db.verification.findMany({ where: { id: { in: verificationIds } }, select: { id: true, evidenceId: true } })
    : [];
  const evidenceOfVerification = new Map(verifications.map((v) => [v.id, v.evidenceId]));
  const evidenceIds = new Set(points.map((p) => idOf(p, "evidence.")).filter((id): id is string => !!id));
  for (const v of verifications) evidenceIds.add(v.evidenceId);
  const evidence = evidenceIds.size
    ? await db.evidence.findMany({
        where: { id: { in: [...evidenceIds] } },
        select: { id: true, status: true, organizationId: true, indicator: { select: { code: true } } },
      })
    : [];
  const byId = new Map(evidence.map((e) => [e.id, e]));
  return (point: Caused) => {
    const verificationId = idOf(point, "verification.");
    const evidenceId = verificationId ? (evidenceOfVerification.get(verificationId) ?? null) : idOf(point, "evidence.");
    const item = evidenceId ? byId.get(evidenceId) : undefined;
    return { verificationId, evidenceId, item };
  };
}

/** Whether each snapshot was caused by evidence the reader may not read (another organization's draft). */
export async function hiddenCauses(db: DbTx, actor: Actor, points: readonly Caused[]): Promise<boolean[]> {
  const resolve = await causeResolver(db, points);
  return points.map((p) => hiddenFrom(actor, resolve(p).item));
}

const hiddenFrom = (actor: Actor, item: { status: string; organizationId: string } | undefined) =>
  !!item && !isVisibleTo(actor, { status: item.status as EvidenceStatus, organizationId: item.organizationId });

/** Whether two score points show the same figures (D, level, stage and each dimension's U). */
export const sameFigures = (a: ScoreHistoryPoint | null | undefined, b: ScoreHistoryPoint) =>
  !!a &&
  a.D === b.D &&
  a.level === b.level &&
  a.stage === b.stage &&
  (Object.keys(b.U) as (keyof typeof b.U)[]).every((d) => a.U[d] === b.U[d]);

/**
 * Each snapshot's cause (stored as `trigger` / `triggerId`) resolved to the evidence the reader
 * may open. A point caused by evidence the reader may not read (another organization's draft)
 * must not reveal it: when the figures did not move it is left out; when they did, it stays
 * with a neutral "hidden" cause and no id.
 */
export async function explainHistory(db: DbTx, actor: Actor, history: ScoreHistoryPoint[]): Promise<ExplainedPoint[]> {
  const resolve = await causeResolver(db, history);
  const shown: ExplainedPoint[] = [];
  for (const point of history) {
    // No id (older rows) or an item that no longer exists: the label stays, without a link.
    const { verificationId, evidenceId, item } = resolve(point);
    const previous = shown.at(-1);
    let explained: ExplainedPoint;
    if (hiddenFrom(actor, item)) {
      if (sameFigures(previous, point)) continue;
      explained = { ...point, trigger: "hidden", triggerId: null, cause: null, deltaD: null };
    } else {
      const cause = item && evidenceId ? { evidenceId, indicatorCode: item.indicator.code, verificationId } : null;
      explained = { ...point, cause, deltaD: null };
    }
    explained.deltaD = previous ? explained.D - previous.D : null;
    shown.push(explained);
  }
  return shown;
}
