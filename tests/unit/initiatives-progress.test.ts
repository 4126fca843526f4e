import { describe, expect, it } from "vitest";

import {
  initiativeProgress,
  isOverdue,
  overdueCount,
  recommendationProgress,
  statusDistribution,
  type InitiativeLike,
} from "@/lib/initiatives/progress";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const done = (weight = 1) => ({ weight, completedAt: d("2026-01-01"), dueDate: d("2026-02-01") });
const open = (weight = 1, due = "2099-01-01") => ({ weight, completedAt: null, dueDate: d(due) });

describe("initiative progress", () => {
  it("is the weighted share of completed milestones", () => {
    expect(initiativeProgress({ status: "LIMITED", milestones: [done(1), open(1), open(2)] })).toBe(25);
    expect(initiativeProgress({ status: "LIMITED", milestones: [done(3), open(1)] })).toBe(75);
    expect(initiativeProgress({ status: "LIMITED", milestones: [done(), done(), done()] })).toBe(100);
  });

  it("without milestones follows the status: complete is 100 %, anything else 0 %", () => {
    expect(initiativeProgress({ status: "COMPLETE", milestones: [] })).toBe(100);
    expect(initiativeProgress({ status: "SUBSTANTIAL", milestones: [] })).toBe(0);
  });

  it("counts milestones equally when no weight is positive", () => {
    expect(initiativeProgress({ status: "LIMITED", milestones: [done(0), open(0), open(0), open(0)] })).toBe(25);
  });
});

describe("recommendation progress", () => {
  const init = (status: InitiativeLike["status"], weight: number, milestones: InitiativeLike["milestones"]): InitiativeLike => ({
    status,
    weight,
    milestones,
  });

  it("is the weighted average of its initiatives", () => {
    // 100 % with weight 1 and 0 % with weight 3 → 25 %.
    expect(recommendationProgress([init("COMPLETE", 1, [done()]), init("LIMITED", 3, [open()])])).toBe(25);
    expect(recommendationProgress([init("LIMITED", 1, [done(), open()]), init("LIMITED", 1, [done()])])).toBe(75);
  });

  it("leaves withdrawn initiatives out", () => {
    expect(recommendationProgress([init("WITHDRAWN", 5, [open()]), init("LIMITED", 1, [done()])])).toBe(100);
  });

  it("is null for an empty set, all withdrawn, or no positive weight", () => {
    expect(recommendationProgress([])).toBeNull();
    expect(recommendationProgress([init("WITHDRAWN", 1, [done()])])).toBeNull();
    expect(recommendationProgress([init("LIMITED", 0, [done()])])).toBeNull();
  });
});

describe("overdue milestones and status distribution", () => {
  const now = new Date("2026-06-15T12:00:00Z");
  it("flags open milestones due before today, never completed or due today", () => {
    expect(isOverdue(open(1, "2026-06-14"), now)).toBe(true);
    expect(isOverdue(open(1, "2026-06-15"), now)).toBe(false);
    expect(isOverdue({ completedAt: d("2026-07-01"), dueDate: d("2026-06-01") }, now)).toBe(false);
    expect(overdueCount([open(1, "2026-01-01"), open(1, "2026-02-01"), done(), open()], now)).toBe(2);
  });

  it("counts every status", () => {
    expect(statusDistribution([{ status: "LIMITED" }, { status: "LIMITED" }, { status: "STALLED" }])).toEqual({
      NOT_STARTED: 0,
      LIMITED: 2,
      SUBSTANTIAL: 0,
      COMPLETE: 0,
      STALLED: 1,
      WITHDRAWN: 0,
    });
  });
});
