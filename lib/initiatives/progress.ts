/**
 * Progress roll-up, pure so it runs anywhere and is unit-tested: milestones → initiative,
 * initiatives → recommendation. Percentages are 0–100.
 */

export const INITIATIVE_STATUSES = ["NOT_STARTED", "LIMITED", "SUBSTANTIAL", "COMPLETE", "STALLED", "WITHDRAWN"] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export type MilestoneLike = { weight: number; completedAt: Date | null; dueDate: Date };
export type InitiativeLike = { status: InitiativeStatus; weight: number; milestones: readonly MilestoneLike[] };

const usableWeight = (w: number) => (Number.isFinite(w) && w > 0 ? w : 0);

/**
 * Weighted share of completed milestones. Without milestones (or with no positive weight) only
 * the status speaks: COMPLETE is 100 %, anything else 0 %. All-zero weights count milestones equally.
 */
export function initiativeProgress(initiative: Pick<InitiativeLike, "status" | "milestones">): number {
  const ms = initiative.milestones;
  if (ms.length === 0) return initiative.status === "COMPLETE" ? 100 : 0;
  const total = ms.reduce((sum, m) => sum + usableWeight(m.weight), 0);
  if (total === 0) return (100 * ms.filter((m) => m.completedAt).length) / ms.length;
  const done = ms.reduce((sum, m) => sum + (m.completedAt ? usableWeight(m.weight) : 0), 0);
  return (100 * done) / total;
}

/**
 * Weighted average of the initiatives' progress; withdrawn initiatives are left out. Null when
 * nothing is left to measure (no initiatives, all withdrawn, or no positive weight).
 */
export function recommendationProgress(initiatives: readonly InitiativeLike[]): number | null {
  const counted = initiatives.filter((i) => i.status !== "WITHDRAWN" && usableWeight(i.weight) > 0);
  const total = counted.reduce((sum, i) => sum + usableWeight(i.weight), 0);
  if (total === 0) return null;
  return counted.reduce((sum, i) => sum + usableWeight(i.weight) * initiativeProgress(i), 0) / total;
}

/** A milestone is overdue when it is open and its due date lies before today (UTC). */
export function isOverdue(milestone: Pick<MilestoneLike, "completedAt" | "dueDate">, now: Date = new Date()): boolean {
  if (milestone.completedAt) return false;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return milestone.dueDate.getTime() < today;
}

export function overdueCount(milestones: readonly MilestoneLike[], now: Date = new Date()): number {
  return milestones.filter((m) => isOverdue(m, now)).length;
}

/** Counts per status, every status present (0 when absent), for the distribution bars. */
export function statusDistribution(initiatives: readonly Pick<InitiativeLike, "status">[]): Record<InitiativeStatus, number> {
  const out = Object.fromEntries(INITIATIVE_STATUSES.map((s) => [s, 0])) as Record<InitiativeStatus, number>;
  for (const i of initiatives) out[i.status] += 1;
  return out;
}
