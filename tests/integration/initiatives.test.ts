import { beforeEach, describe, expect, it } from "vitest";

import { ForbiddenError } from "@/lib/errors";
import { initiativeEffect } from "@/lib/initiatives/effect";
import { landingInitiatives } from "@/lib/initiatives/landing";
import { ZChangeStatus, ZCreateInitiative, ZPostUpdate } from "@/lib/initiatives/schema";
import * as initiatives from "@/lib/initiatives/service";
import * as recommendations from "@/lib/recommendations/service";
import { seedRecommendations } from "@/lib/seed/recommendations";

import { createOrganization, createUser, resetDb, testDb } from "./helpers/db";
import { createProject } from "./helpers/scores-factories";

async function setup() {
  await seedRecommendations(testDb());
  const rec = await testDb().recommendation.findUniqueOrThrow({ where: { code: "DG-2" } });
  const cn = await createOrganization({ country: "CN" });
  const ru = await createOrganization({ country: "RU" });
  const organizer = await createUser({ role: "ORGANIZER" });
  const ruPartner = await createUser({ role: "PARTNER", organizationId: ru.id });
  const outsider = await createUser({ role: "PARTNER" });
  return { rec, cn, ru, organizer, ruPartner, outsider };
}

type Ctx = Awaited<ReturnType<typeof setup>>;
const input = (c: Ctx, over: Record<string, unknown> = {}) =>
  ZCreateInitiative.parse({
    recommendationId: c.rec.id,
    titleEn: "Standards committee charter",
    titleZh: "标准委员会章程",
    titleRu: "Устав комитета по стандартам",
    startDate: "2026-01-01",
    dueDate: "2026-12-31",
    ownerOrgIds: [c.cn.id, c.ru.id],
    milestones: [
      { title: "Draft charter", dueDate: "2026-03-01", weight: 1 },
      { title: "Sign charter", dueDate: "2026-06-01", weight: 1 },
      { title: "First meeting", dueDate: "2026-09-01", weight: 2 },
    ],
    ...over,
  });

describe("initiatives", () => {
  beforeEach(resetDb);

  it("rolls milestone completion up to the initiative and the recommendation, auditing each step", async () => {
    const c = await setup();
    const created = await initiatives.createInitiative(c.organizer, input(c));
    expect((await recommendations.getRecommendationOrThrow(c.organizer, c.rec.id)).progress).toBe(0);

    const [first, , third] = created.milestones.sort((a, b) => a.position - b.position);
    await initiatives.setMilestoneDone(c.ruPartner, { milestoneId: first.id, done: true });
    let detail = await initiatives.getInitiativeOrThrow(c.ruPartner, created.id);
    expect(detail.progress).toBe(25);
    await initiatives.setMilestoneDone(c.ruPartner, { milestoneId: third.id, done: true });
    expect((await recommendations.getRecommendationOrThrow(c.ruPartner, c.rec.id)).progress).toBe(75);

    // A second initiative at 0 % with weight 3 pulls the weighted average to (75 + 0·3)/4.
    const second = await initiatives.createInitiative(
      c.organizer,
      input(c, { weight: 3, milestones: [{ title: "x", dueDate: "2026-05-01", weight: 1 }] }),
    );
    expect((await recommendations.getRecommendationOrThrow(c.ruPartner, c.rec.id)).progress).toBeCloseTo(18.75);
    // Withdrawn initiatives leave the roll-up.
    await initiatives.changeStatus(
      c.organizer,
      ZChangeStatus.parse({ id: second.id, version: second.version, status: "WITHDRAWN", reason: "Merged into the charter initiative" }),
    );
    const rec = await recommendations.getRecommendationOrThrow(c.ruPartner, c.rec.id);
    expect(rec.progress).toBe(75);
    expect(rec.distribution).toMatchObject({ NOT_STARTED: 1, WITHDRAWN: 1 });

    detail = await initiatives.getInitiativeOrThrow(c.ruPartner, created.id);
    expect(detail.updates.map((u) => u.kind)).toEqual(["MILESTONE", "MILESTONE", "CREATED"]);
    const audit = await testDb().auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "initiative.create",
      "milestone.complete",
      "milestone.complete",
      "initiative.create",
      "initiative.status",
    ]);
  });

  it("an empty recommendation has no progress; the overview lists every seeded area", async () => {
    const c = await setup();
    const overview = await recommendations.listRecommendationsOverview(c.outsider);
    expect(new Set(overview.map((r) => r.area))).toEqual(new Set(["DATA_GOVERNANCE", "TECH_COOPERATION", "TALENT_TRUST"]));
    expect(overview.every((r) => r.progress === null && r.initiativeCount === 0)).toBe(true);
  });

  it("lets a partner of an owner organization post updates; refuses outsiders and partners managing", async () => {
    const c = await setup();
    const created = await initiatives.createInitiative(c.organizer, input(c));
    await initiatives.postUpdate(
      c.ruPartner,
      ZPostUpdate.parse({ initiativeId: created.id, body: "Draft circulated", links: ["https://example.org/draft"] }),
    );

    await expect(
      initiatives.postUpdate(c.outsider, ZPostUpdate.parse({ initiativeId: created.id, body: "Not mine" })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(initiatives.setMilestoneDone(c.outsider, { milestoneId: created.milestones[0].id, done: true })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(initiatives.createInitiative(c.ruPartner, input(c))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      initiatives.addMilestone(c.ruPartner, { initiativeId: created.id, title: "x", dueDate: "2026-02-01", weight: 1 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      recommendations.createRecommendation(c.ruPartner, {
        code: "X-1",
        area: "TALENT_TRUST",
        textEn: "a",
        textZh: "b",
        textRu: "c",
        dimensions: [],
        indicatorCodes: [],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const detail = await initiatives.getInitiativeOrThrow(c.outsider, created.id);
    expect(detail.updates.map((u) => u.body)).toEqual(["Draft circulated", ""]);
    expect(detail.progress).toBe(0);
    expect(await testDb().initiative.count()).toBe(1);
    expect(await testDb().milestone.count()).toBe(3);
  });

  it("refuses a due date before the start, owners from one country, and a status change without a reason", async () => {
    const c = await setup();
    expect(ZCreateInitiative.safeParse({ ...input(c), dueDate: "2025-12-31" }).error?.issues[0]).toMatchObject({
      message: "dueBeforeStart",
      path: ["dueDate"],
    });
    await expect(initiatives.createInitiative(c.organizer, { ...input(c), dueDate: "2025-12-31" })).rejects.toMatchObject({
      code: "dueBeforeStart",
    });
    const otherCn = await createOrganization({ country: "CN" });
    await expect(initiatives.createInitiative(c.organizer, input(c, { ownerOrgIds: [c.cn.id, otherCn.id] }))).rejects.toMatchObject({
      code: "ownersBothCountries",
    });
    expect(await testDb().initiative.count()).toBe(0);

    const created = await initiatives.createInitiative(c.organizer, input(c));
    expect(ZChangeStatus.safeParse({ id: created.id, version: 1, status: "LIMITED", reason: "  " }).error?.issues[0].message).toBe(
      "statusReasonRequired",
    );
    await expect(
      initiatives.changeStatus(c.ruPartner, { id: created.id, version: 1, status: "LIMITED", reason: "" }),
    ).rejects.toMatchObject({ code: "statusReasonRequired" });
    await expect(
      initiatives.changeStatus(c.outsider, { id: created.id, version: 1, status: "LIMITED", reason: "Because" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await testDb().initiative.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("NOT_STARTED");

    await initiatives.changeStatus(c.ruPartner, { id: created.id, version: 1, status: "LIMITED", reason: "Drafting started" });
    await expect(
      initiatives.changeStatus(c.ruPartner, { id: created.id, version: 1, status: "SUBSTANTIAL", reason: "Stale" }),
    ).rejects.toMatchObject({ code: "staleVersion" });
    const detail = await initiatives.getInitiativeOrThrow(c.ruPartner, created.id);
    expect(detail.status).toBe("LIMITED");
    expect(detail.updates[0]).toMatchObject({ kind: "STATUS", fromStatus: "NOT_STARTED", toStatus: "LIMITED", body: "Drafting started" });
  });

  it("organizers add, edit and retire recommendations; retired ones take no new initiatives", async () => {
    const c = await setup();
    const rec = await recommendations.createRecommendation(c.organizer, {
      code: "TC-2",
      area: "TECH_COOPERATION",
      textEn: "Joint labs",
      textZh: "联合实验室",
      textRu: "Совместные лаборатории",
      dimensions: ["TECHNOLOGY"],
      indicatorCodes: ["T1"],
    });
    await expect(
      recommendations.createRecommendation(c.organizer, {
        code: "TC-2",
        area: "TECH_COOPERATION",
        textEn: "a",
        textZh: "b",
        textRu: "c",
        dimensions: [],
        indicatorCodes: [],
      }),
    ).rejects.toMatchObject({ code: "recommendationCodeTaken" });
    const edited = await recommendations.updateRecommendation(c.organizer, {
      id: rec.id,
      version: 1,
      code: "TC-2",
      area: "TECH_COOPERATION",
      textEn: "Joint laboratories",
      textZh: "联合实验室",
      textRu: "Совместные лаборатории",
      dimensions: ["TECHNOLOGY"],
      indicatorCodes: ["T1"],
    });
    expect(edited.version).toBe(2);
    await recommendations.setRecommendationRetired(c.organizer, { id: rec.id, retired: true });
    expect((await recommendations.listRecommendationsOverview(c.organizer)).map((r) => r.code)).not.toContain("TC-2");
    await expect(initiatives.createInitiative(c.organizer, input(c, { recommendationId: rec.id }))).rejects.toMatchObject({
      code: "recommendationUnavailable",
    });
  });

  it("lists owned initiatives for partners and overdue or stalled ones for organizers", async () => {
    const c = await setup();
    const late = await initiatives.createInitiative(
      c.organizer,
      input(c, { titleEn: "Late", milestones: [{ title: "Past", dueDate: "2020-01-01", weight: 1 }], startDate: "2020-01-01" }),
    );
    const onTime = await initiatives.createInitiative(
      c.organizer,
      input(c, { titleEn: "On time", milestones: [{ title: "Future", dueDate: "2099-01-01", weight: 1 }] }),
    );
    expect((await landingInitiatives(c.organizer)).map((i) => i.titleEn)).toEqual(["Late"]);
    await initiatives.changeStatus(c.organizer, { id: onTime.id, version: 1, status: "STALLED", reason: "Funding paused" });
    expect((await landingInitiatives(c.organizer)).map((i) => i.titleEn).sort()).toEqual(["Late", "On time"]);
    expect((await landingInitiatives(c.ruPartner)).map((i) => i.id).sort()).toEqual([late.id, onTime.id].sort());
    expect(await landingInitiatives(c.outsider)).toEqual([]);
  });

  it("organizers edit an initiative with optimistic locking; bad dates and stale versions change nothing", async () => {
    const c = await setup();
    const created = await initiatives.createInitiative(c.organizer, input(c));
    const { recommendationId: _r, milestones: _m, ...fields } = input(c);
    const edited = await initiatives.updateInitiative(c.organizer, { ...fields, titleEn: "Charter v2", id: created.id, version: 1 });
    expect(edited).toMatchObject({ titleEn: "Charter v2", version: 2 });
    await expect(
      initiatives.updateInitiative(c.organizer, { ...fields, titleEn: "Stale", id: created.id, version: 1 }),
    ).rejects.toMatchObject({ code: "staleVersion" });
    await expect(
      initiatives.updateInitiative(c.organizer, { ...fields, dueDate: "2025-01-01", id: created.id, version: 2 }),
    ).rejects.toMatchObject({ code: "dueBeforeStart" });
    await expect(initiatives.updateInitiative(c.ruPartner, { ...fields, id: created.id, version: 2 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const row = await testDb().initiative.findUniqueOrThrow({ where: { id: created.id }, include: { owners: true } });
    expect(row).toMatchObject({ titleEn: "Charter v2", version: 2 });
    expect(row.owners).toHaveLength(2);
  });

  it("shows how linked projects' scores moved since the initiative started", async () => {
    const c = await setup();
    const project = await createProject();
    const snap = (at: string, u: number, d: number) =>
      testDb().scoreSnapshot.create({
        data: {
          projectId: project.id,
          modelVersion: 1,
          trigger: "test",
          fingerprint: at,
          uTechnology: u,
          uInstitutional: u / 2,
          uResource: u,
          c: 1,
          t: u,
          d,
          level: 3,
          confidence: 1,
          coverage: 1,
          result: {},
          computedAt: new Date(`${at}T00:00:00Z`),
        },
      });
    await snap("2026-02-01", 0.2, 0.3);
    await snap("2026-05-01", 0.6, 0.5);
    const created = await initiatives.createInitiative(
      c.organizer,
      input(c, { startDate: "2026-03-01", projectIds: [project.id], dimensions: ["INSTITUTIONAL"] }),
    );
    expect(created.projectIds).toEqual([project.id]);
    const [row] = await initiativeEffect(c.ruPartner, created);
    expect(row.d).toEqual({ before: 0.3, now: 0.5 });
    expect(row.dims).toEqual([{ dim: "INSTITUTIONAL", before: 0.1, now: 0.3 }]);
    await expect(
      initiatives.createInitiative(c.organizer, input(c, { projectIds: ["00000000-0000-4000-8000-000000000000"] })),
    ).rejects.toMatchObject({ code: "projectUnknown" });
  });
});
