import { beforeEach, describe, expect, it } from "vitest";

import { ForbiddenError } from "@/lib/errors";
import { forumReportTable } from "@/lib/exports/sources/forum-report";
import { forumReport } from "@/lib/forums/report";
import * as forums from "@/lib/forums/service";
import { ZCreateInitiative } from "@/lib/initiatives/schema";
import * as initiatives from "@/lib/initiatives/service";
import { seedRecommendations } from "@/lib/seed/recommendations";

import { createOrganization, createUser, resetDb, testDb } from "./helpers/db";
import { downloadCsv } from "./helpers/exports";

describe("forum editions and the since-the-last-forum report", () => {
  beforeEach(resetDb);

  it("reports status changes, progress moves and milestones met and missed since the previous edition; exports CSV", async () => {
    await seedRecommendations(testDb()); // seeds an edition on 2026-06-18
    const rec = await testDb().recommendation.findUniqueOrThrow({ where: { code: "DG-2" } });
    const cn = await createOrganization({ country: "CN" });
    const ru = await createOrganization({ country: "RU" });
    const organizer = await createUser({ role: "ORGANIZER" });
    const partner = await createUser({ role: "PARTNER", organizationId: ru.id });
    const created = await initiatives.createInitiative(
      organizer,
      ZCreateInitiative.parse({
        recommendationId: rec.id,
        titleEn: "Charter",
        titleZh: "章程",
        titleRu: "Устав",
        startDate: "2026-01-01",
        dueDate: "2027-12-31",
        ownerOrgIds: [cn.id, ru.id],
        milestones: [
          { title: "=Draft", dueDate: "2026-07-01", weight: 1 },
          { title: "Sign", dueDate: "2099-01-01", weight: 1 },
        ],
      }),
    );
    // The creation happened "before the last forum".
    await testDb().initiativeUpdate.updateMany({
      where: { initiativeId: created.id },
      data: { createdAt: new Date("2026-05-01T00:00:00Z") },
    });
    const next = await forums.createForum(organizer, {
      nameEn: "Forum 2027",
      nameZh: "2027年论坛",
      nameRu: "Форум 2027",
      heldOn: "2027-06-01",
      place: "Vladivostok",
    });
    await forums.assignInitiatives(organizer, { forumId: next.id, initiativeIds: [created.id] });
    const sign = created.milestones.find((m) => m.title === "Sign")!;
    await initiatives.setMilestoneDone(partner, { milestoneId: sign.id, done: true });
    await initiatives.changeStatus(partner, { id: created.id, version: created.version, status: "LIMITED", reason: "Charter signed" });

    const report = await forumReport(partner, next.id);
    expect(report.previous?.nameEn).toContain("2026");
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({
      statusBefore: "NOT_STARTED",
      statusNow: "LIMITED",
      progressBefore: 0,
      progressNow: 50,
      milestonesMet: ["Sign"],
      milestonesMissed: ["=Draft"],
      newEvidence: 0,
    });
    expect(report.rows[0].statusChanges[0]).toMatchObject({ from: "NOT_STARTED", to: "LIMITED", reason: "Charter signed" });

    const { text: csv, bom } = await downloadCsv(forumReportTable(report, "en"));
    expect(bom).toBe(true);
    expect(csv.startsWith('"Recommendation",')).toBe(true);
    expect(csv).toContain('"章程","Устав"');
    // A spreadsheet formula in a title is neutralised.
    expect(csv).toContain(`"'=Draft"`);

    // Deleting a milestone met in the window does not take it off the report.
    const signed = await testDb().milestone.findUniqueOrThrow({ where: { id: sign.id } });
    await initiatives.deleteMilestone(organizer, { milestoneId: sign.id, version: signed.version });
    expect((await forumReport(partner, next.id)).rows[0].milestonesMet).toEqual(["Sign"]);

    // The earlier edition has nothing assigned.
    const first = report.previous!;
    expect((await forumReport(partner, first.id)).rows).toEqual([]);
  });

  it("lists a milestone met late once, as met late, and one still open past its due date as missed", async () => {
    await seedRecommendations(testDb());
    const rec = await testDb().recommendation.findUniqueOrThrow({ where: { code: "TC-1" } });
    const cn = await createOrganization({ country: "CN" });
    const ru = await createOrganization({ country: "RU" });
    const organizer = await createUser({ role: "ORGANIZER" });
    const created = await initiatives.createInitiative(
      organizer,
      ZCreateInitiative.parse({
        recommendationId: rec.id,
        titleEn: "Test bench",
        titleZh: "试验台",
        titleRu: "Стенд",
        startDate: "2026-01-01",
        dueDate: "2027-12-31",
        ownerOrgIds: [cn.id, ru.id],
        milestones: [
          { title: "Late", dueDate: "2026-08-01", weight: 1 },
          { title: "Open", dueDate: "2026-09-01", weight: 1 },
        ],
      }),
    );
    const next = await forums.createForum(organizer, {
      nameEn: "Forum 2027",
      nameZh: "2027年论坛",
      nameRu: "Форум 2027",
      heldOn: "2027-06-01",
      place: "Vladivostok",
    });
    await forums.assignInitiatives(organizer, { forumId: next.id, initiativeIds: [created.id] });
    const late = created.milestones.find((m) => m.title === "Late")!;
    await initiatives.setMilestoneDone(organizer, { milestoneId: late.id, done: true });
    // Completed two months after its due date, still inside the window.
    await testDb().milestone.update({ where: { id: late.id }, data: { completedAt: new Date("2026-10-01T10:00:00Z") } });

    const row = (await forumReport(organizer, next.id)).rows[0];
    expect(row.milestonesMissed).toEqual(["Open"]);
    expect(row.milestonesMet).toEqual(["Late"]);
    expect(row.milestonesLate).toEqual(["Late"]);
    const { text } = await downloadCsv(forumReportTable(await forumReport(organizer, next.id), "en"));
    expect(text).toContain('"Late (late)","Open"');
    // The mark is in the reader's language, like the headers.
    for (const [locale, mark] of [
      ["ru", "с опозданием"],
      ["zh", "逾期完成"],
    ] as const) {
      const { text: translated } = await downloadCsv(forumReportTable(await forumReport(organizer, next.id), locale));
      expect(translated).toContain(`"Late (${mark})","Open"`);
    }
  });

  it("refuses forum management to partners, changing nothing", async () => {
    const partner = await createUser({ role: "PARTNER" });
    await expect(
      forums.createForum(partner, { nameEn: "x", nameZh: "x", nameRu: "x", heldOn: "2027-01-01", place: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await testDb().forumEdition.count()).toBe(0);
    const organizer = await createUser({ role: "ORGANIZER" });
    const forum = await forums.createForum(organizer, { nameEn: "x", nameZh: "x", nameRu: "x", heldOn: "2027-01-01", place: "x" });
    await expect(forums.assignInitiatives(partner, { forumId: forum.id, initiativeIds: [] })).rejects.toBeInstanceOf(ForbiddenError);
    const audit = await testDb().auditLog.findMany();
    expect(audit.map((a) => a.action)).toEqual(["forum.create"]);
  });
});
