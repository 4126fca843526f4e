import { beforeEach, describe, expect, it, vi } from "vitest";

import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { updateOrganization } from "@/lib/organizations/service";
import { portfolioCsv } from "@/lib/portfolio/export";
import { getRanking, getSectorRank } from "@/lib/portfolio/ranking";
import { ZPortfolioFilter } from "@/lib/portfolio/schema";
import { getPortfolioOverview, getScoreTrend, getVerificationBacklog } from "@/lib/portfolio/service";
import { lockProjectForScoring, recordScoreSnapshot } from "@/lib/scores/record";

import { createOrganization, createUser, resetDb, testDb } from "./helpers/db";
import { createEvidence, createProject, seedCatalog } from "./helpers/scores-factories";

const filter = (q: Record<string, string> = {}) => ZPortfolioFilter.parse(q);

const constraints = (lagGap: number, talentMean: number | null) => [
  { key: "institutionalLag", triggered: lagGap > 0.2, values: { gap: lagGap, threshold: 0.2 } },
  { key: "dataGovernanceGap", triggered: false, values: { mean: 0.8, threshold: 0.3 } },
  { key: "talentShortage", triggered: talentMean === null || talentMean < 0.3, values: { mean: talentMean, threshold: 0.3 } },
];

/** A snapshot as the scores service stores it; the trigger keeps the portfolio tables. */
async function snapshot(
  projectId: string,
  at: string,
  u: [number, number, number],
  d: number,
  level: number,
  stage: number,
  lagGap = 0,
  talent: number | null = 0.9,
) {
  await testDb().scoreSnapshot.create({
    data: {
      projectId,
      modelVersion: 1,
      trigger: "evidence.submit",
      fingerprint: `${projectId}-${at}`,
      uTechnology: u[0],
      uInstitutional: u[1],
      uResource: u[2],
      c: 1,
      t: d,
      d,
      level,
      stage,
      confidence: 1,
      coverage: 1,
      result: { countedIndicators: 3, constraints: constraints(lagGap, talent) },
      computedAt: new Date(at),
    },
  });
}

async function world() {
  const a = await createProject();
  const b = await createProject({ partners: [{ country: "RU" }, { country: "CN" }] });
  const draft = await createProject({ status: "DRAFT", partners: [{ country: "CN" }] });
  const db = testDb();
  await db.jointProject.update({ where: { id: a.id }, data: { regionCode: "CN-HL" } });
  await db.jointProject.update({ where: { id: b.id }, data: { sector: "ENERGY_GRID", regionCode: "RU-PRI" } });
  // A's newer score is inserted first: the latest by time must win, not the last inserted.
  await snapshot(a.id, "2026-11-20T10:00:00Z", [0.8, 0.3, 0.6], 0.6, 7, 2, 0.5, 0.9);
  await snapshot(a.id, "2026-10-05T10:00:00Z", [0.2, 0.2, 0.2], 0.2, 3, 1);
  await snapshot(b.id, "2026-11-02T10:00:00Z", [0.5, 0.6, 0.1], 0.4, 5, 1, 0, null);
  return { a, b, draft };
}

describe("portfolio aggregates", () => {
  beforeEach(async () => {
    await resetDb();
    await seedCatalog();
  });

  it("counts the latest score of every project by sector, region, countries, stage, level and constraint", async () => {
    const { draft } = await world();
    const organizer = await createUser({ role: "ORGANIZER" });
    const { total, distributions } = await getPortfolioOverview(organizer, filter());
    expect(total).toMatchObject({ projects: 3, assessed: 2 });
    expect(total.meanD).toBeCloseTo(0.5);
    const pick = (g: keyof typeof distributions) => Object.fromEntries(distributions[g].map((b) => [String(b.key), b.projects]));
    expect(pick("sector")).toEqual({ INTELLIGENT_MANUFACTURING: 2, ENERGY_GRID: 1 });
    expect(pick("region")).toEqual({ "CN-HL": 1, "RU-PRI": 1, null: 1 });
    expect(pick("pair")).toEqual({ "CN-RU": 1, "RU-CN": 1, CN: 1 });
    expect(pick("stage")).toEqual({ "2": 1, "1": 1, null: 1 });
    expect(pick("level")).toEqual({ "7": 1, "5": 1, null: 1 });
    // A: institutional lag 0.5 − 0.2 = 0.3 past its threshold; B: no talent evidence at all.
    expect(pick("binding")).toEqual({ institutionalLag: 1, talentShortage: 1, null: 1 });
    // Institutional (0.3 and 0.6 → 0.45) is not the lowest mean; resource (0.6, 0.1 → 0.35) is.
    expect(total.mean.RESOURCE).toBeCloseTo(0.35);
    expect(total.lagging).toEqual({ TECHNOLOGY: 0, INSTITUTIONAL: 1, RESOURCE: 1 });

    // The partner countries follow the memberships: a Russian organization joins the draft.
    const ru = await createOrganization({ country: "RU" });
    await testDb().projectPartner.create({ data: { projectId: draft.id, organizationId: ru.id, role: "PARTNER", status: "ACCEPTED" } });
    expect((await getPortfolioOverview(organizer, filter({ pair: "CN-RU" }))).total.projects).toBe(2);
    await testDb().projectPartner.delete({ where: { projectId_organizationId: { projectId: draft.id, organizationId: ru.id } } });
    expect((await getPortfolioOverview(organizer, filter({ pair: "CN" }))).total.projects).toBe(1);

    const energy = await getPortfolioOverview(organizer, filter({ sector: "ENERGY_GRID" }));
    expect(energy.total).toMatchObject({ projects: 1, assessed: 1 });
    expect((await getPortfolioOverview(organizer, filter({ binding: "institutionalLag" }))).total.projects).toBe(1);
    expect((await getPortfolioOverview(organizer, filter({ pair: "RU-CN", stage: "1" }))).total.projects).toBe(1);
  });

  it("regroups a project's partner countries when an administrator changes an organization's country", async () => {
    const { a, b } = await world();
    const admin = await createUser({ role: "ADMIN" });
    const organizer = await createUser({ role: "ORGANIZER" });
    const pairs = async () =>
      Object.fromEntries((await getPortfolioOverview(organizer, filter())).distributions.pair.map((x) => [String(x.key), x.projects]));
    expect(await pairs()).toEqual({ "CN-RU": 1, "RU-CN": 1, CN: 1 });

    /** The administrator's edit of the organization page, changing the country alone. */
    const setCountry = async (orgId: string, country: "CN" | "RU") => {
      const o = await testDb().organization.findUniqueOrThrow({ where: { id: orgId } });
      const { nameEn, nameZh, nameRu, type, cityEn, cityZh, cityRu, version } = o;
      await updateOrganization(admin, { nameEn, nameZh, nameRu, type, cityEn, cityZh, cityRu, country, id: orgId, version });
    };

    // A's Russian partner turns out to be registered in China: A is a Chinese-only project now.
    await setCountry(a.organizationIds[1], "CN");
    expect(await pairs()).toEqual({ "RU-CN": 1, CN: 2 });
    expect((await getPortfolioOverview(organizer, filter({ pair: "CN-RU" }))).total.projects).toBe(0);

    // B's Russian lead is corrected to China and its Chinese partner to Russia: B reads CN-RU.
    await setCountry(b.organizationIds[0], "CN");
    await setCountry(b.organizationIds[1], "RU");
    expect(await pairs()).toEqual({ "CN-RU": 1, CN: 2 });
  });

  it("gives each reporting period its projects' scores as of the deadline and who reported", async () => {
    const { a, b, draft } = await world();
    const db = testDb();
    const period = async (key: string, startsOn: string, endsOn: string, deadline: string, members: string[]) => {
      const p = await db.reportingPeriod.create({
        data: { key, startsOn: new Date(startsOn), endsOn: new Date(endsOn), deadline: new Date(`${deadline}T23:59:59.999Z`) },
      });
      await db.reportingPeriodProject.createMany({ data: members.map((projectId) => ({ periodId: p.id, projectId })) });
      return p;
    };
    const q3 = await period("2026-Q3", "2026-07-01", "2026-09-30", "2026-10-15", [a.id, b.id]);
    const q4 = await period("2026-Q4", "2026-10-01", "2026-12-31", "2027-01-15", [a.id, b.id]);
    // Only the draft (another organization's project) takes part; a period that has not begun is left out.
    await period("2026-Q4-pilot", "2026-10-01", "2026-12-31", "2027-01-15", [draft.id]);
    await period("2027-Q1", "2027-01-01", "2027-03-31", "2027-04-15", [a.id, b.id]);
    const entry = async (projectId: string, org: string, periodId: string, status: "SUBMITTED" | "VERIFIED" | "DRAFT" | "WITHDRAWN") => {
      const e = await createEvidence({ projectId, organizationId: org, indicatorCode: "T1", value: 1, status });
      return db.evidence.update({ where: { id: e.id }, data: { reportingPeriodId: periodId } });
    };
    const aEntry = await entry(a.id, a.organizationIds[0], q3.id, "SUBMITTED");
    await entry(b.id, b.organizationIds[0], q3.id, "DRAFT");
    await entry(b.id, b.organizationIds[0], q3.id, "WITHDRAWN");
    await entry(b.id, b.organizationIds[0], q4.id, "VERIFIED");

    const now = new Date("2026-12-07T00:00:00Z");
    const organizer = await createUser({ role: "ORGANIZER" });
    const view = async (actor: Actor, q: Record<string, string> = {}) =>
      (await getScoreTrend(actor, filter(q), now)).map((p) => [p.key, p.projects, p.reported, p.assessed, p.meanD]);
    // Q3 closes 15 Oct: A's score of 5 Oct (0.2) counts, B's first score (2 Nov) came too late.
    // Q4 is still open: the latest scores so far, A 0.6 and B 0.4.
    expect(await view(organizer)).toEqual([
      ["2026-Q3", 2, 1, 1, 0.2],
      ["2026-Q4", 2, 1, 2, expect.closeTo(0.5)],
      ["2026-Q4-pilot", 1, 0, 0, null],
    ]);
    const q4Point = (await getScoreTrend(organizer, filter(), now)).find((p) => p.key === "2026-Q4")!;
    expect(q4Point).toMatchObject({ startsOn: "2026-10-01", endsOn: "2026-12-31" });
    expect(q4Point.mean.TECHNOLOGY).toBeCloseTo(0.65);
    expect(q4Point.mean.RESOURCE).toBeCloseTo(0.35);
    expect(await view(organizer, { sector: "ENERGY_GRID" })).toEqual([
      ["2026-Q3", 1, 0, 0, null],
      ["2026-Q4", 1, 1, 1, expect.closeTo(0.4)],
    ]);

    // A late-arriving snapshot dated before Q3's deadline becomes B's Q3 score; one after it does not.
    await snapshot(b.id, "2026-10-10T10:00:00Z", [0.4, 0.4, 0.4], 0.4, 4, 1);
    await snapshot(a.id, "2026-10-20T10:00:00Z", [0.9, 0.9, 0.9], 0.9, 9, 2);
    // A withdraws its only Q3 entry: it no longer counts as having reported.
    await db.evidence.update({ where: { id: aEntry.id }, data: { status: "WITHDRAWN" } });
    expect((await view(organizer))[0]).toEqual(["2026-Q3", 2, 0, 2, expect.closeTo(0.3)]);
    // Moving the deadline to 30 Nov re-reads every member's score: A's 20 Nov 0.6, B's 2 Nov 0.4.
    await db.reportingPeriod.update({ where: { id: q3.id }, data: { deadline: new Date("2026-11-30T23:59:59.999Z") } });
    expect((await view(organizer))[0]).toEqual(["2026-Q3", 2, 0, 2, expect.closeTo(0.5)]);

    // A partner of A's organization sees A alone, and not the period only others' projects are in.
    const partner = await createUser({ role: "PARTNER", organizationId: a.organizationIds[0] });
    expect(await view(partner)).toEqual([
      ["2026-Q3", 1, 0, 1, expect.closeTo(0.6)],
      ["2026-Q4", 1, 0, 1, expect.closeTo(0.6)],
    ]);
    const csv = await portfolioCsv(partner, "trend", filter(), "ru");
    expect(csv).toContain('"2026-Q3 (2026-07-01/2026-09-30)"');
    expect(csv).toContain("Отчитались");
    expect(csv).not.toContain("pilot");
  });

  it("keeps the latest score current through the real scoring path", async () => {
    const project = await createProject();
    await createEvidence({ projectId: project.id, organizationId: project.organizationIds[0], indicatorCode: "T1", value: 5 });
    const { snapshotId, score } = await testDb().$transaction(async (tx) =>
      recordScoreSnapshot(tx, await lockProjectForScoring(tx, project.id), { kind: "evidence.submit" }),
    );
    const row = await testDb().portfolioLatestScore.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(row).toMatchObject({ snapshotId, assessed: true, d: score.D, level: score.level, stage: score.stage });
    const triggered = score.constraints.filter((c) => c.triggered).map((c) => c.key);
    expect(triggered.length > 0 ? triggered : [null]).toContain(row.bindingConstraint);
  });

  it("shows a partner only their organization's projects and refuses a partner without one", async () => {
    const { a, b } = await world();
    const partner = await createUser({ role: "PARTNER", organizationId: a.organizationIds[0] });
    const overview = await getPortfolioOverview(partner, filter());
    expect(overview.total.projects).toBe(1);
    expect(overview.distributions.sector.map((s) => s.key)).toEqual(["INTELLIGENT_MANUFACTURING"]);
    expect((await getRanking(partner, filter(), 1, "en")).rows.map((r) => r.id)).toEqual([a.id]);

    // Evidence waiting on B (another organization's project) stays out of the partner's backlog.
    await createEvidence({
      projectId: b.id,
      organizationId: b.organizationIds[0],
      indicatorCode: "T1",
      value: 1,
      status: "SUBMITTED",
    });
    expect(await getVerificationBacklog(partner, filter())).toEqual([]);

    // The CSV download holds the same scoped rows, in the reader's language.
    const csv = await portfolioCsv(partner, "sector", filter(), "zh");
    expect(csv).toContain("智能制造");
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(2);
    const ranking = await portfolioCsv(partner, "ranking", filter(), "en");
    expect(ranking).toContain(a.code);
    expect(ranking).not.toContain(b.code);

    const orphan: Actor = { id: partner.id, role: "PARTNER", organizationId: null };
    await expect(getPortfolioOverview(orphan, filter())).rejects.toThrow(ForbiddenError);
    await expect(getRanking({ ...orphan, role: "GUEST" }, filter(), 1, "en")).rejects.toThrow(ForbiddenError);
    await expect(portfolioCsv(orphan, "backlog", filter(), "en")).rejects.toThrow(ForbiddenError);
  });

  it("ranks by the latest scores, and a new score reorders a ranking seen before at once", async () => {
    const { a, b } = await world();
    const organizer = await createUser({ role: "ORGANIZER" });
    const order = async () => (await getRanking(organizer, filter(), 1, "en")).rows.map((r) => r.id);
    expect(await order()).toEqual([a.id, b.id]);
    // Seen again: the same ranking (now from the memo).
    expect(await order()).toEqual([a.id, b.id]);
    await snapshot(b.id, "2026-11-25T10:00:00Z", [0.95, 0.95, 0.95], 0.95, 9, 3);
    expect(await order()).toEqual([b.id, a.id]);
  });

  it("counts evidence waiting for verification by organization and days waiting", async () => {
    const { a } = await world();
    const [cn, ru] = a.organizationIds;
    const waiting = (org: string, days: number) =>
      createEvidence({ projectId: a.id, organizationId: org, indicatorCode: "T1", value: 1, status: "SUBMITTED" }).then((e) =>
        testDb().evidence.update({ where: { id: e.id }, data: { submittedAt: new Date(Date.now() - days * 86_400_000) } }),
      );
    const recent = await waiting(cn, 2);
    await waiting(cn, 40);
    await waiting(ru, 200);
    await createEvidence({ projectId: a.id, organizationId: ru, indicatorCode: "T1", value: 1, status: "VERIFIED" });
    const organizer = await createUser({ role: "ORGANIZER" });
    const rows = await getVerificationBacklog(organizer, filter());
    expect(rows.map((r) => [r.organizationId, r.ages, r.total])).toEqual([
      [cn, { d7: 1, d30: 0, d90: 1, older: 0 }, 2],
      [ru, { d7: 0, d30: 0, d90: 0, older: 1 }, 1],
    ]);
    // Verified or deleted evidence leaves the backlog at once.
    await testDb().evidence.update({ where: { id: recent.id }, data: { status: "VERIFIED" } });
    await testDb().evidence.deleteMany({ where: { organizationId: ru, status: "SUBMITTED" } });
    expect((await getVerificationBacklog(organizer, filter())).map((r) => [r.organizationId, r.ages, r.total])).toEqual([
      [cn, { d7: 0, d30: 0, d90: 1, older: 0 }, 1],
    ]);
  });

  it("ranks a project within its sector with a stable interval", async () => {
    const { a } = await world();
    for (let i = 0; i < 6; i++) {
      const other = await createProject();
      const u = 0.3 + i * 0.1;
      await snapshot(other.id, "2026-11-10T10:00:00Z", [u, u, u], u, 5, 1);
    }
    const reader = await createUser({ role: "PARTNER", organizationId: a.organizationIds[1] });
    const rank = await getSectorRank(reader, a.id);
    expect(rank).toMatchObject({ sector: "INTELLIGENT_MANUFACTURING", of: 7 });
    expect(rank!.low).toBeLessThanOrEqual(rank!.rank);
    expect(rank!.high).toBeGreaterThanOrEqual(rank!.rank);
    expect(await getSectorRank(reader, a.id)).toEqual(rank);

    // A new score elsewhere in the sector moves the ranking at once: the best project now ranks first.
    const best = await createProject();
    await snapshot(best.id, "2026-11-12T10:00:00Z", [1, 1, 1], 1, 10, 3);
    const after = await getSectorRank(reader, a.id);
    expect(after).toMatchObject({ of: 8, rank: rank!.rank + 1 });
    expect(await getSectorRank(reader, best.id)).toMatchObject({ rank: 1, of: 8 });
  });

  it("names a sector's ranking by the same digest on the dashboard and the project page", async () => {
    const { a } = await world();
    for (let i = 0; i < 3; i++) {
      const other = await createProject();
      await snapshot(other.id, "2026-11-10T10:00:00Z", [0.3 + i * 0.2, 0.5, 0.5], 0.5, 5, 1);
    }
    const organizer = await createUser({ role: "ORGANIZER" });
    const board = await getRanking(organizer, filter({ sector: "INTELLIGENT_MANUFACTURING" }), 1, "en");
    const mine = board.rows.find((r) => r.id === a.id)!;
    // The project page finds the ranking the dashboard just computed: one digest query, no
    // second read of the sector's rows, and the same place.
    const spy = vi.spyOn(getDb(), "$queryRaw");
    try {
      const rank = await getSectorRank(organizer, a.id);
      expect(rank).toEqual({ sector: "INTELLIGENT_MANUFACTURING", rank: mine.rank, low: mine.low, high: mine.high, of: board.total });
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
