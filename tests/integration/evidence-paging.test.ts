import { beforeEach, describe, expect, it } from "vitest";

import { EVIDENCE_PAGE_SIZE, listProjectEvidence } from "@/lib/evidence/queries";
import * as evidence from "@/lib/evidence/service";

import { resetDb } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";

describe("the project page's evidence table", () => {
  beforeEach(resetDb);

  it("pages newest first, filters by dimension with counts, and keeps other organizations' drafts out", async () => {
    const w = { ...(await createCatalog()), ...(await createProjectWorld()) };
    const entered: string[] = [];
    // 13 submitted items: 9 technology (percent), 4 resource (count); then one Russian draft.
    for (let i = 0; i < 13; i++) {
      const indicator = i % 3 === 2 ? w.count : w.percent;
      const e = await evidence.createEvidence(
        w.cn,
        { projectId: w.project.id, fields: fields(indicator.id, { value: 10 + i }) },
        [],
        "submit",
      );
      entered.push(e.id);
    }
    await evidence.createEvidence(w.ru, { projectId: w.project.id, fields: fields(w.percent.id, { value: 12, originalLocale: "ru" }) });

    const first = await listProjectEvidence(w.cn, w.project.id);
    expect(first).toMatchObject({ total: 13, page: 1, pageCount: 2 });
    expect(first.rows.map((r) => r.id)).toEqual(entered.toReversed().slice(0, EVIDENCE_PAGE_SIZE));
    const second = await listProjectEvidence(w.cn, w.project.id, { page: 2 });
    expect(second.rows.map((r) => r.id)).toEqual(entered.toReversed().slice(EVIDENCE_PAGE_SIZE));
    // A page past the end shows the last one.
    expect((await listProjectEvidence(w.cn, w.project.id, { page: 99 })).page).toBe(2);

    const { counts } = first;
    expect(counts[w.percent.dimension]).toBe(9);
    expect(counts[w.count.dimension]).toBe(4);
    const resource = await listProjectEvidence(w.cn, w.project.id, { dimension: w.count.dimension });
    expect(resource.rows.map((r) => r.indicator.id)).toEqual(Array(4).fill(w.count.id));

    // The Russian draft counts and shows for its own organization only.
    const ru = await listProjectEvidence(w.ru, w.project.id);
    expect(ru.total).toBe(14);
    expect(ru.rows[0].status).toBe("DRAFT");
  });
});
