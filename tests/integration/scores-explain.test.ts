import { beforeEach, describe, expect, it } from "vitest";

import * as evidence from "@/lib/evidence/service";
import { decideEvidence, submitEvidence } from "@/lib/evidence/transitions";
import { scoresTable } from "@/lib/exports/sources/scores";
import { listScoreSnapshotsAfter } from "@/lib/scores/history";
import { getProjectScoreHistory, getProjectScores, getProjectScoreSummary } from "@/lib/scores/service";

import { resetDb } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";
import { downloadCsv } from "./helpers/exports";

beforeEach(resetDb);

async function world() {
  const catalog = await createCatalog();
  const w = await createProjectWorld();
  // The Chinese lead submits T, the Russian partner I and R; the Russian side then verifies T.
  const t = await evidence.createEvidence(
    w.cn,
    { projectId: w.project.id, fields: fields(catalog.percent.id, { value: 60 }) },
    [],
    "submit",
  );
  const i = await evidence.createEvidence(
    w.ru,
    { projectId: w.project.id, fields: fields(catalog.ordinal.id, { value: 2, originalLocale: "ru", narrative: "Уровень 2." }) },
    [],
    "submit",
  );
  const r = await evidence.createEvidence(
    w.ru,
    { projectId: w.project.id, fields: fields(catalog.count.id, { value: 200, originalLocale: "ru", narrative: "200 инженеров." }) },
    [],
    "submit",
  );
  await decideEvidence(w.ru, { id: t.id, version: 1, decision: "CONFIRM" });
  return { ...catalog, ...w, t, i, r };
}

describe("score history causes", () => {
  it("links every point to the evidence or verification that moved it, with the change of D", async () => {
    const w = await world();
    const { history } = await getProjectScores(w.organizer, w.project.id);
    expect(history.map((h) => [h.trigger, h.cause?.evidenceId])).toEqual([
      ["evidence.submit", w.t.id],
      ["evidence.submit", w.i.id],
      ["evidence.submit", w.r.id],
      ["verification.confirm", w.t.id],
    ]);
    const confirm = history.at(-1)!;
    expect(confirm.cause).toMatchObject({ indicatorCode: w.percent.code, verificationId: expect.any(String) });
    // Verifying T raises its status factor, so D moves up; the delta is against the point before.
    expect(confirm.deltaD).toBeGreaterThan(0);
    expect(confirm.deltaD).toBeCloseTo(confirm.D - history[2].D, 12);
    expect(history[0].deltaD).toBeNull();
  });

  it("never shows another organization's draft: no point, no link, no time", async () => {
    const w = await world();
    const draft = await evidence.createEvidence(
      w.cn,
      { projectId: w.project.id, fields: fields(w.percent.id, { value: 90 }) },
      [],
      "draft",
    );
    const own = await getProjectScores(w.cn, w.project.id);
    expect(own.history.at(-1)).toMatchObject({ trigger: "evidence.create", cause: { evidenceId: draft.id } });

    for (const reader of [w.ru, w.outsider, w.organizer]) {
      const { history, latest } = await getProjectScores(reader, w.project.id);
      expect(history.map((h) => h.trigger)).toEqual(["evidence.submit", "evidence.submit", "evidence.submit", "verification.confirm"]);
      expect(JSON.stringify(history)).not.toContain(draft.id);
      // The panel's "computed at" is the last point the reader sees, not the draft's time.
      expect(latest?.computedAt).toBe(history.at(-1)!.computedAt);
      expect(latest?.triggerId).not.toBe(draft.id);
      // The API's history (/api/v1/projects/{id}/scores) and the panel's summary follow the same rule.
      const api = await getProjectScoreHistory(reader, w.project.id);
      expect(api.map((h) => h.trigger)).toEqual(["verification.confirm", "evidence.submit", "evidence.submit", "evidence.submit"]);
      expect((await getProjectScoreSummary(reader, w.project.id)).latest?.computedAt).toBe(history.at(-1)!.computedAt);
      // The score export too, also when its pages split the history (one snapshot per page here).
      const exported = await downloadCsv(scoresTable(reader, w.project.id, w.project.code, "en"));
      expect(exported.lines).toHaveLength(5);
      expect(exported.text).not.toContain("Evidence entered");
      const paged: string[] = [];
      for (let cursor: bigint | null = null, first = true; first || cursor !== null; first = false) {
        const page: Awaited<ReturnType<typeof listScoreSnapshotsAfter>> = await listScoreSnapshotsAfter(reader, w.project.id, cursor, 1);
        paged.push(...page.rows.map((r) => r.trigger));
        cursor = page.next;
      }
      expect(paged).toEqual(["evidence.submit", "evidence.submit", "evidence.submit", "verification.confirm"]);
    }
    // The author's organization still sees its own entry in the export.
    expect((await downloadCsv(scoresTable(w.cn, w.project.id, w.project.code, "en"))).text).toContain("Evidence entered");

    // Once submitted, the item is shared: its points (entry and submission) link for everyone.
    await submitEvidence(w.cn, { id: draft.id, version: 1 });
    const after = await getProjectScores(w.ru, w.project.id);
    expect(after.history.slice(-2).map((h) => [h.trigger, h.cause?.evidenceId])).toEqual([
      ["evidence.create", draft.id],
      ["evidence.submit", draft.id],
    ]);
  });
});

describe("per-indicator contributions", () => {
  it("adds up to U and T, and says how much each indicator moved D", async () => {
    const w = await world();
    const { contributions, latest } = await getProjectScores(w.ru, w.project.id);
    expect(contributions.map((c) => c.code).sort()).toEqual([w.percent.code, w.ordinal.code, w.count.code].sort());
    for (const dimension of ["TECHNOLOGY", "INSTITUTIONAL", "RESOURCE"] as const) {
      const sum = contributions.filter((c) => c.dimension === dimension).reduce((s, c) => s + c.toU, 0);
      expect(sum).toBeCloseTo(latest!.U[dimension], 12);
    }
    expect(contributions.reduce((s, c) => s + c.toT, 0)).toBeCloseTo(latest!.T, 12);
    // Without any one dimension's only indicator, the coupling collapses: each moved D by all of it.
    for (const c of contributions) expect(c.toD).toBeCloseTo(latest!.D, 12);
  });

  it("explains the new score after a change, not the one explained before", async () => {
    const w = await world();
    const before = await getProjectScores(w.ru, w.project.id);
    await evidence.createEvidence(
      w.ru,
      {
        projectId: w.project.id,
        fields: fields(w.count.id, {
          value: 150,
          periodStart: "2025-07-01",
          periodEnd: "2025-12-31",
          originalLocale: "ru",
          narrative: "150.",
        }),
      },
      [],
      "submit",
    );
    const after = await getProjectScores(w.ru, w.project.id);
    expect(after.latest!.U.RESOURCE).not.toBeCloseTo(before.latest!.U.RESOURCE, 6);
    const resource = after.contributions.filter((c) => c.dimension === "RESOURCE").reduce((s, c) => s + c.toU, 0);
    expect(resource).toBeCloseTo(after.latest!.U.RESOURCE, 12);
    expect(after.countries.rows.find((r) => r.indicatorId === w.count.id)!.RU!.value).toBe(150);
    // The same input again gives the same rows.
    expect((await getProjectScores(w.ru, w.project.id)).contributions).toEqual(after.contributions);
  });
});
