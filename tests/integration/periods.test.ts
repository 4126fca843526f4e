import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/permissions";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import * as evidence from "@/lib/evidence/service";
import { sendPeriodReminders } from "@/lib/jobs/reminders";
import { missingForProject, openPeriod, reopenPeriod } from "@/lib/periods/service";

import { resetDb, testDb, uniqueName } from "./helpers/db";
import { counts, createCatalog, createProjectWorld, fields } from "./helpers/evidence";

const H1 = { startsOn: "2026-01-01", endsOn: "2026-06-30" };
const inH1 = { periodStart: "2026-01-01", periodEnd: "2026-06-30" };

async function world() {
  const catalog = await createCatalog();
  const w = await createProjectWorld();
  return { ...catalog, ...w };
}

type World = Awaited<ReturnType<typeof world>>;

const open = (w: World, deadline: string, key = uniqueName("2026-H1")) =>
  openPeriod(w.organizer as Actor, { key, ...H1, deadline, projectIds: [w.project.id] });

async function periodCounts() {
  const db = testDb();
  const [periods, members, evidenceRows, audit, mails, notifications, reminders] = await Promise.all([
    db.reportingPeriod.count(),
    db.reportingPeriodProject.count(),
    db.evidence.count(),
    db.auditLog.count(),
    db.emailOutbox.count(),
    db.notification.count(),
    db.periodReminder.count(),
  ]);
  return { periods, members, evidence: evidenceRows, audit, mails, notifications, reminders };
}

describe("reporting periods", () => {
  beforeEach(resetDb);

  it("only an organizer opens a period; a taken key or an overlapping period is refused and nothing is stored", async () => {
    const w = await world();
    const before = await periodCounts();
    for (const actor of [w.cn, w.ru, w.admin]) {
      await expect(
        openPeriod(actor as Actor, { key: "2026-H1", ...H1, deadline: "2099-01-01", projectIds: [w.project.id] }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await periodCounts()).toEqual(before);

    const period = await open(w, "2099-01-01", "2026-H1");
    const opened = await periodCounts();
    expect(opened).toMatchObject({ periods: 1, members: 1, audit: before.audit + 1 });

    await expect(
      openPeriod(w.organizer as Actor, {
        key: "2026-H1",
        startsOn: "2027-01-01",
        endsOn: "2027-06-30",
        deadline: "2099-01-01",
        projectIds: [w.project.id],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const overlap = await openPeriod(w.organizer as Actor, {
      key: "2026-Q2",
      startsOn: "2026-04-01",
      endsOn: "2026-06-30",
      deadline: "2099-01-01",
      projectIds: [w.project.id],
    }).catch((e: unknown) => e);
    expect(overlap).toBeInstanceOf(ValidationError);
    expect((overlap as ValidationError).code).toBe("periodOverlap");
    expect(await periodCounts()).toEqual(opened);
    expect(period.key).toBe("2026-H1");
  });

  it("evidence of the period joins it; after the deadline it is locked until an organizer reopens it with an audited reason", async () => {
    const w = await world();
    const period = await open(w, "2026-07-15");
    const before = await counts();
    const locked = await evidence
      .createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id, inH1) }, [], "submit")
      .catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(ValidationError);
    expect((locked as ValidationError).code).toBe("periodLocked");
    expect(await counts()).toEqual(before);

    // Partners cannot reopen; a stale version is refused; neither changes the period.
    const input = { id: period.id, version: period.version, until: "2099-01-31", reason: "Late audit of the H1 figures" };
    await expect(reopenPeriod(w.ru as Actor, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reopenPeriod(w.organizer as Actor, { ...input, version: period.version + 1 })).rejects.toBeInstanceOf(ConflictError);
    expect(await testDb().reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).toMatchObject({
      reopenedUntil: null,
      version: 1,
    });

    await reopenPeriod(w.organizer as Actor, input);
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: "period.reopen", entityId: period.id } });
    expect(audit.actorId).toBe(w.organizer.id);
    expect(audit.after).toMatchObject({ reason: "Late audit of the H1 figures" });

    const row = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id, inH1) }, [], "submit");
    expect(row.reportingPeriodId).toBe(period.id);
  });

  it("the project page lists what the open period still misses; a draft does not count as reported", async () => {
    const w = await world();
    await open(w, "2099-01-01");
    await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id, inH1) }, [], "submit");
    await evidence.createEvidence(w.ru, { projectId: w.project.id, fields: fields(w.ordinal.id, { ...inH1, value: 2 }) }, [], "draft");
    const [panel] = await missingForProject(w.ru as Actor, w.project.id, "ru");
    expect(panel.missing.map((m) => m.code).sort()).toEqual([w.ordinal.code, w.count.code].sort());
    expect(panel.missing.find((m) => m.code === w.count.code)?.name).toBe("Подготовлено инженеров");
  });
});

describe("deadline reminders", () => {
  beforeEach(resetDb);

  const DAY = 86_400_000;

  it("reach the partners who still owe something once per offset, by e-mail in their language, and nobody who has reported", async () => {
    const w = await world();
    const period = await open(w, "2099-01-10");
    const threeDaysBefore = new Date(period.deadline.getTime() - 2.5 * DAY);

    expect(await sendPeriodReminders(testDb(), new Date(period.deadline.getTime() - 20 * DAY))).toBe(0);
    // Every partner user of the project's organizations owes the three indicators.
    expect(await sendPeriodReminders(testDb(), threeDaysBefore)).toBe(3);
    const mails = await testDb().emailOutbox.findMany({ orderBy: { toAddress: "asc" } });
    expect(mails.map((m) => m.toAddress).sort()).toEqual([w.cn.email, w.cn2.email, w.ru.email].sort());
    const russian = mails.find((m) => m.toAddress === w.ru.email)!;
    expect(russian.subject).toContain("Напоминание");
    expect(russian.textBody).toContain("Подготовлено инженеров");
    expect(mails.find((m) => m.toAddress === w.cn.email)!.subject).toContain("提醒");
    const inbox = await testDb().notification.findMany({ where: { kind: "PERIOD_REMINDER" } });
    expect(inbox.map((n) => n.recipientId).sort()).toEqual([w.cn.id, w.cn2.id, w.ru.id].sort());

    // Again within the same window (another worker, the next hour): nothing new.
    const after = await periodCounts();
    expect(await sendPeriodReminders(testDb(), new Date(threeDaysBefore.getTime() + 3_600_000))).toBe(0);
    expect(await periodCounts()).toEqual(after);
  });

  it("send nothing once every indicator of the period is reported", async () => {
    const w = await world();
    const period = await open(w, "2099-01-10");
    await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id, inH1) }, [], "submit");
    await evidence.createEvidence(w.ru, { projectId: w.project.id, fields: fields(w.ordinal.id, { ...inH1, value: 2 }) }, [], "submit");
    await evidence.createEvidence(w.ru, { projectId: w.project.id, fields: fields(w.count.id, { ...inH1, value: 12 }) }, [], "submit");
    const before = await periodCounts();
    expect(await sendPeriodReminders(testDb(), new Date(period.deadline.getTime() - 0.5 * DAY))).toBe(0);
    expect(await periodCounts()).toEqual(before);
  });
});
