import { beforeEach, describe, expect, it } from "vitest";

import { restrictToModel } from "@/lib/scores/model";
import { lockProjectForScoring, recordScoreSnapshot } from "@/lib/scores/record";
import { fingerprint, getActiveModel, getProjectScores, getScoringPreview, loadProjectInput } from "@/lib/scores/service";
import { scoreProject } from "@/lib/scoring";

import { createUser, resetDb, testDb } from "./helpers/db";
import { createEvidence, createProject, seedCatalog } from "./helpers/scores-factories";

beforeEach(async () => {
  await resetDb();
  await seedCatalog();
});

const record = (projectId: string, kind = "evidence.submit") =>
  testDb().$transaction(async (tx) => recordScoreSnapshot(tx, await lockProjectForScoring(tx, projectId), { kind }));

describe("the seeded catalog and model", () => {
  it("has 31 indicators (9 / 11 / 11) with weights summing to 1, and one active version 1 with the article model", async () => {
    const indicators = await testDb().indicator.findMany();
    expect(indicators).toHaveLength(31);
    for (const [dimension, size] of [
      ["TECHNOLOGY", 9],
      ["INSTITUTIONAL", 11],
      ["RESOURCE", 11],
    ] as const) {
      const own = indicators.filter((i) => i.dimension === dimension);
      expect(own).toHaveLength(size);
      expect(own.reduce((s, i) => s + i.weight, 0)).toBeCloseTo(1, 9);
    }
    expect(indicators.some((i) => i.direction === "COST")).toBe(true);
    expect(indicators.filter((i) => i.flags.includes("dataGovernance")).length).toBeGreaterThan(0);
    const model = await getActiveModel(testDb());
    expect(model.version).toBe(1);
    expect(model.indicators).toHaveLength(31);
    expect(model.context.modelVersion).toBe(1);
    expect(model.config).toMatchObject({ couplingVariant: "wang", missingIndicators: "zero" });
  });
});

describe("score snapshots", () => {
  it("stores a snapshot per change with U, D, level and updates the project's latest figures", async () => {
    const project = await createProject();
    const [cn, ru] = project.organizationIds;
    await createEvidence({ projectId: project.id, organizationId: cn, indicatorCode: "T1", value: 5 });
    const first = await record(project.id);
    await createEvidence({ projectId: project.id, organizationId: ru, indicatorCode: "I1", value: 20 });
    await createEvidence({ projectId: project.id, organizationId: ru, indicatorCode: "R1", value: 250 });
    const second = await record(project.id, "verification.confirm");

    expect(first.score.D).toBe(0); // only one dimension evidenced: no coupling yet
    expect(second.score.D).toBeGreaterThan(0);
    const rows = await testDb().scoreSnapshot.findMany({ where: { projectId: project.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.trigger, r.modelVersion])).toEqual([
      ["evidence.submit", 1],
      ["verification.confirm", 1],
    ]);
    // T1 at half its goalpost, with T1's weight 0.16: missing technology indicators count as 0.
    expect(rows[1]).toMatchObject({ d: second.score.D, level: second.score.level });
    expect(rows[1].uTechnology).toBeCloseTo(0.5 * 0.16, 12);
    expect(rows[0].fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].fingerprint).not.toBe(rows[1].fingerprint);
    const stored = await testDb().jointProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(stored).toMatchObject({ latestD: second.score.D, latestLevel: second.score.level, latestStage: second.score.stage });
  });

  it("recognises an identical input by its fingerprint and stores no duplicate", async () => {
    const project = await createProject();
    await createEvidence({ projectId: project.id, organizationId: project.organizationIds[0], indicatorCode: "T2", value: 40 });
    const first = await record(project.id);
    const again = await record(project.id, "evidence.textEdit");
    expect(again.snapshotId).toBe(first.snapshotId);
    expect(again.score).toEqual(first.score);
    expect(await testDb().scoreSnapshot.count({ where: { projectId: project.id } })).toBe(1);
  });

  it("scores exactly what the score panel reads, so an unchanged project never gets a second point", async () => {
    // The snapshot reads the evidence in its own SQL; values that print with many digits, every
    // status, both countries and several period ends must come back as the panel reads them.
    const project = await createProject();
    const [cn, ru] = project.organizationIds;
    const items = [
      { organizationId: cn, indicatorCode: "T1", value: 0.1 + 0.2, status: "VERIFIED" },
      { organizationId: ru, indicatorCode: "T1", value: 7.000000000000001, status: "SUBMITTED", periodEnd: "2026-03-31" },
      { organizationId: ru, indicatorCode: "I1", value: 1e-7, status: "DISPUTED" },
      { organizationId: cn, indicatorCode: "R1", value: 123456.78901234567, status: "SUBMITTED", periodEnd: "2025-12-31" },
      { organizationId: cn, indicatorCode: "R2", value: 2 / 3, status: "DRAFT" },
    ] as const;
    for (const item of items) await createEvidence({ projectId: project.id, ...item });
    const { snapshotId, score } = await record(project.id);
    const row = await testDb().scoreSnapshot.findUniqueOrThrow({ where: { id: snapshotId } });
    const active = await getActiveModel(testDb());
    const input = restrictToModel(await loadProjectInput(testDb(), project.id), active);
    expect(input.evidence).toHaveLength(items.length);
    expect(row.fingerprint).toBe(fingerprint(active.version, input));
    expect(score).toEqual(scoreProject(input, active.config, active.context));
  });

  it("keeps a project with only draft evidence 'not assessed' on its row", async () => {
    const project = await createProject();
    await createEvidence({
      projectId: project.id,
      organizationId: project.organizationIds[0],
      indicatorCode: "T1",
      value: 5,
      status: "DRAFT",
    });
    const { score } = await record(project.id, "evidence.create");
    expect(score.stage).toBeNull();
    expect(await testDb().jointProject.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      latestD: null,
      latestLevel: null,
      latestStage: null,
    });
  });

  it("scores project A without touching project B's stored scores (frozen context)", async () => {
    const a = await createProject();
    const b = await createProject();
    await createEvidence({ projectId: b.id, organizationId: b.organizationIds[0], indicatorCode: "T1", value: 4 });
    await createEvidence({ projectId: b.id, organizationId: b.organizationIds[1], indicatorCode: "I2", value: 4 });
    await createEvidence({ projectId: b.id, organizationId: b.organizationIds[1], indicatorCode: "R2", value: 2 });
    await record(b.id);
    const before = await testDb().scoreSnapshot.findMany({ where: { projectId: b.id } });
    const bRow = await testDb().jointProject.findUniqueOrThrow({ where: { id: b.id } });

    for (const [code, value] of [
      ["T1", 10],
      ["I2", 20],
      ["R2", 5],
    ] as const) {
      await createEvidence({ projectId: a.id, organizationId: a.organizationIds[0], indicatorCode: code, value });
    }
    await record(a.id);

    expect(await testDb().scoreSnapshot.findMany({ where: { projectId: b.id } })).toEqual(before);
    expect(await testDb().jointProject.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ latestD: bRow.latestD });
  });

  it("counts the latest period per indicator and only counted statuses", async () => {
    const project = await createProject();
    const [cn, ru] = project.organizationIds;
    await createEvidence({ projectId: project.id, organizationId: cn, indicatorCode: "T1", value: 2, periodEnd: "2026-03-31" });
    await createEvidence({ projectId: project.id, organizationId: ru, indicatorCode: "T1", value: 8, periodEnd: "2026-06-30" });
    await createEvidence({
      projectId: project.id,
      organizationId: ru,
      indicatorCode: "T1",
      value: 10,
      periodEnd: "2026-09-30",
      status: "DISPUTED",
    });
    const { score } = await record(project.id);
    expect(score.U.TECHNOLOGY).toBeCloseTo(0.8 * 0.16, 12);
  });
});

describe("reading scores", () => {
  it("gives the project page its latest snapshot, history and each country's contribution", async () => {
    const reader = await createUser({ role: "PARTNER" });
    const project = await createProject();
    const [cn, ru] = project.organizationIds;
    await createEvidence({ projectId: project.id, organizationId: cn, indicatorCode: "T1", value: 5 });
    await record(project.id);
    await createEvidence({ projectId: project.id, organizationId: ru, indicatorCode: "T1", value: 10, periodEnd: "2026-09-30" });
    await createEvidence({ projectId: project.id, organizationId: ru, indicatorCode: "I7", value: 2 });
    await record(project.id, "verification.confirm");

    const scores = await getProjectScores(reader, project.id);
    expect(scores.history.map((h) => h.trigger)).toEqual(["evidence.submit", "verification.confirm"]);
    expect(scores.latest?.trigger).toBe("verification.confirm");
    // The full obstacle list: every indicator holding the score down (missing ones count as 0), largest first.
    const degrees = scores.latest!.obstacles.map((o) => o.degree);
    expect(degrees.length).toBeGreaterThan(5);
    expect(degrees.every((d) => d > 0)).toBe(true);
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
    const t1 = scores.countries.rows.find((r) => r.code === "T1")!;
    expect(t1).toMatchObject({ CN: { value: 5, normalized: 0.5 }, RU: { value: 10, normalized: 1 }, counted: "RU" });
    const i7 = scores.countries.rows.find((r) => r.code === "I7")!;
    expect(i7).toMatchObject({ CN: null, RU: { value: 2, normalized: 1 }, counted: "RU" }); // a cost indicator at its best

    const preview = await getScoringPreview(reader, project.id);
    expect(preview.project.evidence).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(preview))).toEqual(preview);
  });

  it("answers not found for an unknown project", async () => {
    const reader = await createUser({ role: "PARTNER" });
    await expect(getProjectScores(reader, "00000000-0000-4000-8000-000000000000")).rejects.toThrow("notFound");
    await expect(getScoringPreview(reader, "not-a-uuid")).rejects.toThrow("notFound");
  });
});
