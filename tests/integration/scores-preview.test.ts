import { beforeEach, describe, expect, it } from "vitest";

import type { TUpdateIndicator } from "@/lib/catalog/schema";
import * as catalog from "@/lib/catalog/service";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { previewModelActivation } from "@/lib/scores/preview";
import { lockProjectForScoring, recordScoreSnapshot } from "@/lib/scores/record";
import { runRescoreJob } from "@/lib/scores/rescore";
import type { TModelConfig } from "@/lib/scores/schema";
import { activateModelVersion, createModelVersionFromConfig, latestConfig } from "@/lib/scores/versions";

import { createUser, resetDb, testDb } from "./helpers/db";
import { createEvidence, createProject, seedCatalog } from "./helpers/scores-factories";

beforeEach(async () => {
  await resetDb();
  await seedCatalog();
});

type Status = "SUBMITTED" | "VERIFIED";

async function scoredProject(status: Status, values: [string, number][]) {
  const project = await createProject();
  for (const [i, [code, value]] of values.entries()) {
    await createEvidence({ projectId: project.id, organizationId: project.organizationIds[i % 2], indicatorCode: code, value, status });
  }
  await testDb().$transaction(async (tx) =>
    recordScoreSnapshot(tx, await lockProjectForScoring(tx, project.id), { kind: "evidence.submit" }),
  );
  return project;
}

const portfolio = () =>
  Promise.all([
    scoredProject("VERIFIED", [
      ["T1", 8],
      ["I1", 30],
      ["R1", 300],
    ]),
    // Only submitted evidence: a model that stops counting submitted items un-assesses it.
    scoredProject("SUBMITTED", [
      ["T2", 60],
      ["I2", 10],
      ["R2", 3],
    ]),
  ]);

async function candidate(admin: Awaited<ReturnType<typeof createUser>>, change: (c: TModelConfig) => TModelConfig) {
  const { version: _v, ...current } = await latestConfig(admin);
  return (await createModelVersionFromConfig(admin, { config: change(current as TModelConfig) }))!;
}

const verifiedOnly = (c: TModelConfig): TModelConfig => ({
  ...c,
  statusFactors: { ...c.statusFactors, SUBMITTED: 0 },
  weighting: { kind: "entropy" },
});

describe("model activation preview", () => {
  it("states which projects change level or stage and the weights to be frozen, exactly as activation then scores them", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const [verified, submitted] = await portfolio();
    const next = await candidate(admin, verifiedOnly);

    const preview = await previewModelActivation(admin, next.id, "en");
    expect(preview).toMatchObject({ total: 2, changedCount: 1, active: { version: 1 }, candidate: { version: 2 } });
    expect(preview.changed).toEqual([
      expect.objectContaining({ id: submitted.id, code: submitted.code, title: `Project ${submitted.code}`, after: null }),
    ]);
    expect(preview.changed[0].before).toMatchObject({ stage: 1 });
    expect(preview.moves[0]).toMatchObject({ id: submitted.id });

    const figures = async () =>
      new Map(
        (await testDb().jointProject.findMany({ where: { id: { in: [verified.id, submitted.id] } } })).map((r) => [
          r.id,
          r.latestD === null ? null : { D: r.latestD, level: r.latestLevel, stage: r.latestStage },
        ]),
      );
    const before = await figures();
    const job = await activateModelVersion(admin, next.id, { previewToken: preview.token });
    expect(await runRescoreJob(job.jobId)).toBe("DONE");
    // What the preview said, for every project: a listed project's "after", else unchanged.
    for (const [id, now] of await figures()) {
      const listed = [...preview.moves, ...preview.changed].find((p) => p.id === id);
      expect(now).toEqual(listed ? listed.after : before.get(id));
    }
    expect((await figures()).get(submitted.id)).toBeNull();
    const t1 = await testDb().indicator.findUniqueOrThrow({ where: { code: "T1" } });
    expect(preview.weights.find((w) => w.code === "T1")).toMatchObject({ name: t1.nameEn, dimension: "TECHNOLOGY" });
    // The entropy weights shown are the ones activation froze.
    const frozen = (await testDb().scoringModel.findUniqueOrThrow({ where: { id: next.id } })).context as {
      indicators: { id: string; weight: number }[];
    };
    for (const i of frozen.indicators) expect(preview.weights.find((w) => w.indicatorId === i.id)?.candidate?.weight).toBe(i.weight);
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: "scoringModel.activate" } });
    expect(audit.after).toMatchObject({ version: 2, previewToken: preview.token });
  });

  it("refuses a stale preview after evidence moved a project, and changes nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const [verified] = await portfolio();
    const next = await candidate(admin, verifiedOnly);
    const seen = await previewModelActivation(admin, next.id, "en");

    await createEvidence({ projectId: verified.id, organizationId: verified.organizationIds[0], indicatorCode: "T2", value: 90 });
    await testDb().$transaction(async (tx) =>
      recordScoreSnapshot(tx, await lockProjectForScoring(tx, verified.id), { kind: "verification.confirm" }),
    );

    await expect(activateModelVersion(admin, next.id, { previewToken: seen.token })).rejects.toThrow(ConflictError);
    await expect(activateModelVersion(admin, next.id, { previewToken: seen.token })).rejects.toThrow("previewStale");
    expect(await testDb().scoringModel.findFirst({ where: { active: true } })).toMatchObject({ version: 1 });
    expect(await testDb().rescoreJob.count()).toBe(0);
    expect(await testDb().auditLog.count({ where: { action: "scoringModel.activate" } })).toBe(0);

    const fresh = await previewModelActivation(admin, next.id, "en");
    expect(fresh.token).not.toBe(seen.token);
    await activateModelVersion(admin, next.id, { previewToken: fresh.token });
    expect(await testDb().scoringModel.findFirst({ where: { active: true } })).toMatchObject({ version: 2 });
  });

  it("refuses a preview made before another version was activated", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await portfolio();
    const v2 = await candidate(admin, (c) => ({ ...c, couplingVariant: "standard" }));
    const v3 = await candidate(admin, verifiedOnly);
    const seen = await previewModelActivation(admin, v3.id, "en");
    await activateModelVersion(admin, v2.id, { previewToken: (await previewModelActivation(admin, v2.id, "en")).token });
    await expect(activateModelVersion(admin, v3.id, { previewToken: seen.token })).rejects.toThrow("previewStale");
    expect(await testDb().scoringModel.findFirst({ where: { active: true } })).toMatchObject({ version: 2 });
  });

  it("refuses organizers and partners", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const next = await candidate(admin, verifiedOnly);
    for (const role of ["ORGANIZER", "PARTNER"] as const) {
      const user = await createUser({ role });
      await expect(previewModelActivation(user, next.id, "en")).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("saving an indicator", () => {
  it("creates no model version, audit entry or version bump when nothing changed; a stale unchanged save is refused", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const t1 = await testDb().indicator.findUniqueOrThrow({ where: { code: "T1" } });
    const {
      id,
      version,
      nameEn,
      nameZh,
      nameRu,
      definitionEn,
      definitionZh,
      definitionRu,
      unit,
      direction,
      stageTag,
      lower,
      upper,
      weight,
    } = t1;
    const form = {
      id,
      version,
      nameEn,
      nameZh,
      nameRu,
      definitionEn,
      definitionZh,
      definitionRu,
      unit: unit as TUpdateIndicator["unit"],
      direction,
      stageTag,
      lower,
      upper,
      weight,
      flags: [...t1.flags].reverse() as never,
    };
    const audits = await testDb().auditLog.count();

    expect(await catalog.updateIndicator(admin, form)).toMatchObject({ modelVersion: null, indicator: { version } });
    expect(await testDb().scoringModel.count()).toBe(1);
    expect(await testDb().auditLog.count()).toBe(audits);
    expect((await testDb().indicator.findUniqueOrThrow({ where: { id } })).version).toBe(version);

    await expect(catalog.updateIndicator(admin, { ...form, version: version + 1 })).rejects.toThrow("staleVersion");

    // A real change still freezes a new version.
    expect(await catalog.updateIndicator(admin, { ...form, nameEn: `${nameEn} (revised)` })).toMatchObject({ modelVersion: 2 });
    expect(await testDb().scoringModel.count()).toBe(2);
  });
});
