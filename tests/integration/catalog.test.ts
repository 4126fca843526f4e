import { beforeEach, describe, expect, it } from "vitest";

import { ZUpdateIndicator, type TUpdateIndicator } from "@/lib/catalog/schema";
import { listIndicators, updateIndicator } from "@/lib/catalog/service";

import { createUser, resetDb, testDb } from "./helpers/db";
import { seedCatalog } from "./helpers/scores-factories";

beforeEach(async () => {
  await resetDb();
  await seedCatalog();
});

async function editInput(code: string, changes: Partial<TUpdateIndicator> = {}): Promise<TUpdateIndicator> {
  const row = await testDb().indicator.findUniqueOrThrow({ where: { code } });
  return {
    id: row.id,
    version: row.version,
    nameEn: row.nameEn,
    nameZh: row.nameZh,
    nameRu: row.nameRu,
    definitionEn: row.definitionEn,
    definitionZh: row.definitionZh,
    definitionRu: row.definitionRu,
    unit: row.unit as TUpdateIndicator["unit"],
    direction: row.direction,
    stageTag: row.stageTag,
    lower: row.lower,
    upper: row.upper,
    weight: row.weight,
    flags: row.flags as TUpdateIndicator["flags"],
    ...changes,
  };
}

describe("editing the indicator catalog", () => {
  it("lists the catalog by dimension in code order", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const codes = (await listIndicators(admin)).map((i) => i.code);
    expect(codes.slice(0, 3)).toEqual(["T1", "T2", "T3"]);
    expect(codes.slice(8, 11)).toEqual(["T9", "I1", "I2"]);
    expect(codes.slice(18, 21)).toEqual(["I10", "I11", "R1"]);
    expect(codes.at(-1)).toBe("R11");
  });

  it("saves an edit, keeps the dimension's weights at 1 and freezes a new inactive model version", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const result = await updateIndicator(admin, await editInput("T1", { weight: 0.3, nameEn: "Robot systems and assembly lines" }));

    expect(result.indicator).toMatchObject({ weight: 0.3, nameEn: "Robot systems and assembly lines", version: 2 });
    const tech = await testDb().indicator.findMany({ where: { dimension: "TECHNOLOGY" } });
    expect(tech.reduce((s, i) => s + i.weight, 0)).toBeCloseTo(1, 9);
    const t2 = tech.find((i) => i.code === "T2")!;
    expect(t2.weight).toBeCloseTo((0.13 / 0.84) * 0.7, 12); // rescaled in proportion

    const models = await testDb().scoringModel.findMany({ orderBy: { version: "asc" } });
    expect(models.map((m) => [m.version, m.active])).toEqual([
      [1, true],
      [2, false],
    ]);
    const frozen = (models[1].catalog as { code: string; weight: number }[]).find((i) => i.code === "T1");
    expect(frozen?.weight).toBe(0.3);
    expect((models[0].catalog as { code: string; weight: number }[]).find((i) => i.code === "T1")?.weight).toBe(0.16);
    expect(await testDb().auditLog.count({ where: { action: "indicator.update" } })).toBe(1);
  });

  it("refuses a stale edit and changes nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const stale = await editInput("I7");
    await updateIndicator(admin, await editInput("I7", { upper: 96 }));
    await expect(updateIndicator(admin, { ...stale, upper: 48 })).rejects.toThrow("staleVersion");
    expect(await testDb().indicator.findUniqueOrThrow({ where: { code: "I7" } })).toMatchObject({ upper: 96 });
    expect(await testDb().scoringModel.count()).toBe(2);
  });

  it("refuses goalposts with lower ≥ upper (schema) and ordinal bounds off the 0–4 scale (service)", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const parsed = ZUpdateIndicator.safeParse(await editInput("T2", { lower: 80, upper: 80 }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["upper"], message: "boundsOrder" });

    await expect(updateIndicator(admin, await editInput("I6", { upper: 10 }))).rejects.toThrow("ordinalBounds");
    expect(await testDb().indicator.findUniqueOrThrow({ where: { code: "I6" } })).toMatchObject({ upper: 4, version: 1 });
    expect(await testDb().scoringModel.count()).toBe(1);
  });

  it("refuses non-admins and changes nothing", async () => {
    for (const role of ["ORGANIZER", "PARTNER"] as const) {
      const user = await createUser({ role });
      await expect(listIndicators(user)).rejects.toThrow("forbidden");
      await expect(updateIndicator(user, await editInput("T1", { weight: 0.5 }))).rejects.toThrow("forbidden");
    }
    expect(await testDb().indicator.findUniqueOrThrow({ where: { code: "T1" } })).toMatchObject({ weight: 0.16, version: 1 });
    expect(await testDb().scoringModel.count()).toBe(1);
  });
});
