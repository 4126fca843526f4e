import { beforeEach, describe, expect, it } from "vitest";

import { ValidationError } from "@/lib/errors";
import * as evidence from "@/lib/evidence/service";
import { listQueue } from "@/lib/verification/queries";
import { ZQueueFilter } from "@/lib/verification/schema";

import { resetDb, testDb } from "./helpers/db";
import { counts, createCatalog, createProjectWorld, fields } from "./helpers/evidence";

describe("outlier warnings", () => {
  beforeEach(resetDb);

  it("a value far from the project's history is refused until its author confirms it; the verifier sees the warning", async () => {
    const catalog = await createCatalog();
    const w = await createProjectWorld();
    const create = (value: number, month: string, confirmOutlier = false) =>
      evidence.createEvidence(
        w.cn,
        {
          projectId: w.project.id,
          fields: fields(catalog.count.id, { value, periodStart: `2025-${month}-01`, periodEnd: `2025-${month}-28`, confirmOutlier }),
        },
        [],
        "submit",
      );
    await create(40, "01");
    await create(44, "02");
    const before = await counts();
    // 440 engineers instead of 44: ten times the project's own median.
    const refusal = await create(440, "03").catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).code).toBe("outlierConfirm");
    expect(await counts()).toEqual(before);

    const confirmed = await create(440, "03", true);
    expect((await testDb().evidence.findUniqueOrThrow({ where: { id: confirmed.id } })).outlier).toMatchObject({ reasons: ["history"] });
    const unusual = await listQueue(w.ru, ZQueueFilter.parse({ unusual: "1" }), "ru");
    expect(unusual.rows.map((r) => r.id)).toEqual([confirmed.id]);
  });
});
