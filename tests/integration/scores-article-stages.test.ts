import { beforeEach, describe, expect, it } from "vitest";

import { lockProjectForScoring, recordScoreSnapshot } from "@/lib/scores/record";

import { resetDb, testDb } from "./helpers/db";
import { createEvidence, createProject, seedCatalog } from "./helpers/scores-factories";

beforeEach(async () => {
  await resetDb();
  await seedCatalog();
});

/** A project with verified evidence (alternating sides), scored by the active (article) model. */
async function scored(values: Record<string, number>) {
  const project = await createProject();
  const [cn, ru] = project.organizationIds;
  for (const [i, [indicatorCode, value]] of Object.entries(values).entries()) {
    await createEvidence({ projectId: project.id, organizationId: i % 2 ? ru : cn, indicatorCode, value });
  }
  const { score } = await testDb().$transaction(async (tx) =>
    recordScoreSnapshot(tx, await lockProjectForScoring(tx, project.id), { kind: "evidence.submit" }),
  );
  return score;
}
const reason = (score: Awaited<ReturnType<typeof scored>>, key: string) => score.stageReasons.find((r) => r.key === key);

describe("stages follow the article's kinds of cooperation (seeded catalog, article model)", () => {
  it("stage 1, 'intelligent + energy': a well-coordinated power interconnection without a joint platform stays stage 1", async () => {
    // Heihe–Blagoveshchensk: smart grid and energy management, cross-border power interconnection.
    const score = await scored({ T4: 8, T6: 3, T7: 20, I3: 3, I5: 6, I7: 12, I8: 4, R5: 750, R6: 6, R8: 150, R9: 120, R1: 200, R3: 40 });
    expect(reason(score, "stage2.coordination")?.held).toBe(true);
    expect(reason(score, "stage2.stageEvidence")?.held).toBe(true);
    expect(reason(score, "stage2.feature.platform")).toMatchObject({ held: false, values: { count: 0 } });
    expect(score.stage).toBe(1);
  });

  it("stage 2, platform co-construction: the Digital Economy Demonstration Zone's data, cloud and supply-chain platforms", async () => {
    const score = await scored({ T3: 12, T5: 4, T6: 3, T9: 3, I3: 4, I6: 3, I8: 4, I9: 6, R2: 3, R3: 50, R7: 30, R8: 100, R11: 3 });
    expect(reason(score, "stage2.feature.platform")).toMatchObject({ held: true, values: { count: 3 } });
    expect(reason(score, "stage3.feature.docking")?.held).toBe(false);
    expect(score.stage).toBe(2);
  });

  it("stage 3, integrated innovation system: the Harbin High-tech Park with its investment-promotion mechanism", async () => {
    // The article's case: robot systems and assembly lines, localization, joint IP registration,
    // investment facilitation with a 20 % shorter registration cycle, joint AI talent and
    // experimental platforms; docking through the park's investment-promotion mechanism.
    const harbin = { T1: 8, T2: 60, T3: 20, T6: 3, T8: 20, T9: 4, I1: 20, I2: 12, I5: 8, I10: 3, I11: 3, R1: 400, R2: 4, R3: 70, R11: 3 };
    const score = await scored(harbin);
    expect(reason(score, "stage3.feature.platform")?.held).toBe(true);
    expect(reason(score, "stage3.feature.docking")).toMatchObject({ held: true, values: { count: 2 } });
    expect(score.stage).toBe(3);

    // Without the docking evidence (I10, I11) the same park is a platform project: stage 2.
    const { I10: _i10, I11: _i11, ...withoutDocking } = harbin;
    expect((await scored(withoutDocking)).stage).toBe(2);
  });
});
