import { beforeEach, describe, expect, it } from "vitest";

import { lockProjectForScoring, recordScoreSnapshot } from "@/lib/scores/record";
import { getRescoreJob, runRescoreJob } from "@/lib/scores/rescore";
import { ZModelConfig, type TModelConfig } from "@/lib/scores/schema";
import { activateModelVersion, createModelVersionFromConfig, latestConfig, listModelVersions } from "@/lib/scores/versions";

import { createUser, resetDb, testDb } from "./helpers/db";
import { createEvidence, createProject, seedCatalog } from "./helpers/scores-factories";

beforeEach(async () => {
  await resetDb();
  await seedCatalog();
});

async function scoredProject(values: [string, number][]) {
  const project = await createProject();
  for (const [i, [code, value]] of values.entries()) {
    await createEvidence({ projectId: project.id, organizationId: project.organizationIds[i % 2], indicatorCode: code, value });
  }
  await testDb().$transaction(async (tx) =>
    recordScoreSnapshot(tx, await lockProjectForScoring(tx, project.id), { kind: "evidence.submit" }),
  );
  return project;
}

const config = async (admin: Awaited<ReturnType<typeof createUser>>, change: (c: TModelConfig) => TModelConfig) => {
  const { version: _version, ...current } = await latestConfig(admin);
  return change(current as TModelConfig);
};

const coupling = (couplingVariant: TModelConfig["couplingVariant"]) => (c: TModelConfig) => ({ ...c, couplingVariant });

describe("scoring model versions", () => {
  it("creates a new inactive version from a changed configuration", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const next = await config(admin, (c) => ({ ...c, couplingVariant: "standard" }));
    const created = await createModelVersionFromConfig(admin, { config: next, note: "Classic coupling" });
    expect(created).toMatchObject({ version: 2, active: false });
    const versions = await listModelVersions(admin);
    expect(versions.map((v) => [v.version, v.active, v.config.couplingVariant])).toEqual([
      [2, false, "standard"],
      [1, true, "wang"],
    ]);
    // The article options of the version it started from survive.
    expect(versions[0].config).toMatchObject({ missingIndicators: "zero", stage: { features: { stage2: ["platform"] } } });
  });

  it("creates no version, and audits nothing, when the form is saved unchanged", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const audits = () => testDb().auditLog.count({ where: { action: "scoringModel.create" } });
    const same = await config(admin, (c) => c);
    expect(await createModelVersionFromConfig(admin, { config: same, note: "no change" })).toBeNull();
    // The same settings in another key order are the same settings.
    const reordered = Object.fromEntries(Object.entries(same).reverse()) as TModelConfig;
    expect(await createModelVersionFromConfig(admin, { config: reordered })).toBeNull();
    expect(await testDb().scoringModel.count()).toBe(1);
    expect(await audits()).toBe(0);
    // One changed setting is a change.
    expect(await createModelVersionFromConfig(admin, { config: await config(admin, coupling("fan")) })).toMatchObject({ version: 2 });
    expect(await audits()).toBe(1);
    // The catalog counts too: a version freezing another catalog is not a copy of the latest.
    await testDb().indicator.updateMany({ where: { code: "T1" }, data: { nameEn: "Renamed outside the app" } });
    expect(await createModelVersionFromConfig(admin, { config: await config(admin, (c) => c) })).toMatchObject({ version: 3 });
  });

  it("refuses dimension weights that do not sum to 1 (schema and service) and changes nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const bad = await config(admin, (c) => ({ ...c, dimensionWeights: { TECHNOLOGY: 0.5, INSTITUTIONAL: 0.3, RESOURCE: 0.3 } }));
    const parsed = ZModelConfig.safeParse(bad);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["dimensionWeights", "TECHNOLOGY"], message: "dimensionWeightsSum" });
    await expect(createModelVersionFromConfig(admin, { config: bad })).rejects.toMatchObject({
      code: "modelNotApplicable",
      field: "model.dimensionWeights",
    });
    expect(await testDb().scoringModel.count()).toBe(1);
  });

  it("activates a version: exactly one active, a frozen context, and a re-score that records the new version", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const a = await scoredProject([
      ["T1", 5],
      ["I1", 20],
      ["R1", 100],
    ]);
    const b = await scoredProject([
      ["T2", 60],
      ["I2", 10],
      ["R2", 3],
    ]);
    const unscored = await createProject();
    const next = (await createModelVersionFromConfig(admin, { config: await config(admin, coupling("fan")) }))!;

    const job = await activateModelVersion(admin, next.id);
    expect(job).toMatchObject({ version: 2, total: 2 });
    const models = await testDb().scoringModel.findMany({ orderBy: { version: "asc" } });
    expect(models.map((m) => m.active)).toEqual([false, true]);
    expect(models[1].context).toMatchObject({ modelVersion: 2 });

    expect(await runRescoreJob(job.jobId, 1)).toBe("DONE");
    expect(await getRescoreJob(admin, job.jobId)).toMatchObject({ status: "DONE", done: 2, total: 2, modelVersion: 2 });
    for (const project of [a, b]) {
      const latest = await testDb().scoreSnapshot.findFirstOrThrow({ where: { projectId: project.id }, orderBy: { id: "desc" } });
      expect(latest).toMatchObject({ modelVersion: 2, trigger: "model.rescore", triggerId: job.jobId });
    }
    expect(await testDb().scoreSnapshot.count({ where: { projectId: unscored.id } })).toBe(0);
  });

  it("keeps exactly one active version when two activations race", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const v2 = (await createModelVersionFromConfig(admin, { config: await config(admin, coupling("fan")) }))!;
    const v3 = (await createModelVersionFromConfig(admin, { config: await config(admin, coupling("standard")) }))!;
    await Promise.all([activateModelVersion(admin, v2.id), activateModelVersion(admin, v3.id)]);
    expect(await testDb().scoringModel.count({ where: { active: true } })).toBe(1);
  });

  it("stops a job whose model was replaced by a later activation", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await scoredProject([
      ["T1", 5],
      ["I1", 20],
      ["R1", 100],
    ]);
    const v2 = (await createModelVersionFromConfig(admin, { config: await config(admin, coupling("fan")) }))!;
    const v3 = (await createModelVersionFromConfig(admin, { config: await config(admin, coupling("standard")) }))!;
    const first = await activateModelVersion(admin, v2.id);
    const second = await activateModelVersion(admin, v3.id);
    expect(await runRescoreJob(first.jobId)).toBe("SUPERSEDED");
    expect(await runRescoreJob(second.jobId)).toBe("DONE");
  });

  it("refuses activating an unknown version and changes nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await expect(activateModelVersion(admin, "00000000-0000-4000-8000-000000000000")).rejects.toThrow("notFound");
    expect(await testDb().scoringModel.findFirst({ where: { active: true } })).toMatchObject({ version: 1 });
    expect(await testDb().rescoreJob.count()).toBe(0);
  });

  it("refuses non-admins every model action and changes nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const v2 = (await createModelVersionFromConfig(admin, { config: await config(admin, coupling("fan")) }))!;
    const job = await activateModelVersion(admin, v2.id);
    const cfg = await config(admin, (c) => c);
    for (const role of ["ORGANIZER", "PARTNER"] as const) {
      const user = await createUser({ role });
      await expect(listModelVersions(user)).rejects.toThrow("forbidden");
      await expect(createModelVersionFromConfig(user, { config: cfg })).rejects.toThrow("forbidden");
      await expect(activateModelVersion(user, v2.id)).rejects.toThrow("forbidden");
      await expect(getRescoreJob(user, job.jobId)).rejects.toThrow("forbidden");
    }
    expect(await testDb().scoringModel.count()).toBe(2);
    expect(await testDb().rescoreJob.count()).toBe(1);
  });
});
