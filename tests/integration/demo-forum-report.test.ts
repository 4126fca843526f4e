import { beforeAll, describe, expect, it } from "vitest";

import { forumReport } from "@/lib/forums/report";
import { seedDemoIfEmpty } from "@/lib/seed";

import { resetDb, testDb } from "./helpers/db";

describe("the demo's shipped forum edition", () => {
  beforeAll(async () => {
    await resetDb();
    await seedDemoIfEmpty(process.env.DATABASE_URL!, { NODE_ENV: "test" });
  }, 120_000);

  it("has a 2026 report listing every initiative with milestones met, met late and missed, status and score changes", async () => {
    const organizer = await testDb().user.findFirstOrThrow({ where: { role: "ORGANIZER" } });
    const forum = await testDb().forumEdition.findFirstOrThrow({ where: { heldOn: new Date("2026-06-18T00:00:00Z") } });
    const report = await forumReport(organizer, forum.id, new Date("2026-12-06T00:00:00Z"));
    expect(report.previous?.nameEn).toContain("2025");
    expect(report.rows.map((r) => r.code).sort()).toEqual(["DG-1", "DG-2", "DG-3", "TC-1", "TT-1", "TT-2"]);
    const dg1 = report.rows.find((r) => r.code === "DG-1")!;
    expect(dg1.milestonesLate).toHaveLength(1);
    expect(dg1.milestonesMissed).toEqual([]);
    expect(report.rows.find((r) => r.code === "DG-2")!.milestonesMissed).toHaveLength(1);
    // No milestone is both met and missed.
    for (const r of report.rows) for (const m of r.milestonesMissed) expect(r.milestonesMet).not.toContain(m);
    expect(report.rows.filter((r) => r.statusChanges.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(report.rows.some((r) => r.scoreMoves.length > 0 && r.newEvidence > 0)).toBe(true);
  });
});
