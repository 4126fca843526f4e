import { beforeEach, describe, expect, it } from "vitest";

import { ForbiddenError } from "@/lib/errors";
import * as initiatives from "@/lib/initiatives/service";
import * as recommendations from "@/lib/recommendations/service";

import { resetDb, testDb } from "./helpers/db";
import { createInitiativeWorld, milestoneOrder } from "./helpers/initiatives";

const version = async (id: string) => (await testDb().milestone.findUniqueOrThrow({ where: { id } })).version;

describe("reordering and deleting milestones", () => {
  beforeEach(resetDb);

  it("organizers move milestones up and down; the order is explicit and audited", async () => {
    const w = await createInitiativeWorld();
    const [draft, sign, meeting] = w.milestones;
    expect(await milestoneOrder(w.initiative.id)).toEqual(["Draft charter", "Sign charter", "First meeting"]);
    await initiatives.moveMilestone(w.organizer, { milestoneId: meeting.id, version: meeting.version, direction: "up" });
    expect(await milestoneOrder(w.initiative.id)).toEqual(["Draft charter", "First meeting", "Sign charter"]);
    await initiatives.moveMilestone(w.organizer, { milestoneId: draft.id, version: draft.version, direction: "down" });
    // The page lists them in this order, whatever the due dates say.
    expect((await initiatives.getInitiativeOrThrow(w.ruPartner, w.initiative.id)).milestones.map((m) => m.title)).toEqual([
      "First meeting",
      "Draft charter",
      "Sign charter",
    ]);
    await expect(
      initiatives.moveMilestone(w.organizer, { milestoneId: sign.id, version: await version(sign.id), direction: "down" }),
    ).rejects.toMatchObject({ code: "milestoneCannotMove" });
    const audit = await testDb().auditLog.findMany({ where: { action: "milestone.move" }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(2);
    expect(audit[0].after).toEqual({ order: [draft.id, meeting.id, sign.id] });
    // A milestone added later goes to the end.
    await initiatives.addMilestone(w.organizer, {
      initiativeId: w.initiative.id,
      title: "Annual report",
      dueDate: "2026-01-15",
      weight: 1,
    });
    expect((await milestoneOrder(w.initiative.id)).at(-1)).toBe("Annual report");
  });

  it("refuses reordering and deleting to partners (even owners) and stale versions, changing nothing", async () => {
    const w = await createInitiativeWorld();
    const [draft, sign] = w.milestones;
    await expect(initiatives.moveMilestone(w.ruPartner, { milestoneId: sign.id, version: 1, direction: "up" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(initiatives.deleteMilestone(w.ruPartner, { milestoneId: sign.id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(initiatives.deleteMilestone(w.outsider, { milestoneId: sign.id, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);

    // Someone ticked the milestone after the organizer loaded the page: their version is stale.
    await initiatives.setMilestoneDone(w.ruPartner, { milestoneId: draft.id, done: true });
    await expect(initiatives.deleteMilestone(w.organizer, { milestoneId: draft.id, version: 1 })).rejects.toMatchObject({
      code: "staleVersion",
    });
    await expect(initiatives.moveMilestone(w.organizer, { milestoneId: draft.id, version: 1, direction: "down" })).rejects.toMatchObject({
      code: "staleVersion",
    });
    expect(await milestoneOrder(w.initiative.id)).toEqual(["Draft charter", "Sign charter", "First meeting"]);
    expect(await testDb().milestone.count()).toBe(3);
    expect(await testDb().auditLog.count({ where: { action: { in: ["milestone.move", "milestone.delete"] } } })).toBe(0);
    await expect(
      initiatives.deleteMilestone(w.organizer, { milestoneId: "00000000-0000-4000-8000-000000000000", version: 1 }),
    ).rejects.toMatchObject({ code: "notFound" });
  });

  it("deleting a met milestone recomputes the roll-ups and the timeline says it had been met", async () => {
    const w = await createInitiativeWorld();
    const [draft, sign, meeting] = w.milestones;
    await initiatives.setMilestoneDone(w.ruPartner, { milestoneId: draft.id, done: true });
    await initiatives.setMilestoneDone(w.ruPartner, { milestoneId: meeting.id, done: true });
    // Weights 1, 1, 2 with the first and third met: 75 %.
    expect((await initiatives.getInitiativeOrThrow(w.organizer, w.initiative.id)).progress).toBe(75);

    const result = await initiatives.deleteMilestone(w.organizer, { milestoneId: meeting.id, version: await version(meeting.id) });
    // Left: draft (1, met) and sign (1, open): 50 %.
    expect(result.progress).toBe(50);
    const detail = await initiatives.getInitiativeOrThrow(w.organizer, w.initiative.id);
    expect(detail.progress).toBe(50);
    expect((await recommendations.getRecommendationOrThrow(w.organizer, w.rec.id)).progress).toBe(50);
    expect(detail.milestones.map((m) => [m.title, m.position])).toEqual([
      ["Draft charter", 0],
      ["Sign charter", 1],
    ]);
    expect(detail.updates[0]).toMatchObject({ kind: "MILESTONE_DELETED", body: "First meeting", fromStatus: "COMPLETE", progress: 50 });

    // An open milestone is deleted the same way; the timeline records it as not met.
    await initiatives.deleteMilestone(w.organizer, { milestoneId: sign.id, version: await version(sign.id) });
    const after = await initiatives.getInitiativeOrThrow(w.organizer, w.initiative.id);
    expect(after.progress).toBe(100);
    expect(after.updates[0]).toMatchObject({ kind: "MILESTONE_DELETED", body: "Sign charter", fromStatus: "NOT_STARTED" });
    const audit = await testDb().auditLog.findMany({ where: { action: "milestone.delete" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.entityId)).toEqual([meeting.id, sign.id]);
    expect(audit[0].before).toMatchObject({ title: "First meeting" });
  });
});
