import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/permissions";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { createEvidence } from "@/lib/evidence/service";
import { getProjectOrThrow } from "@/lib/projects/service";
import { getPlan, getPlanCard, planByIndicator, savePlan } from "@/lib/targets/service";

import { resetDb, testDb } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";

async function world() {
  const catalog = await createCatalog();
  const w = await createProjectWorld();
  // The count indicator counts whole people.
  await testDb().indicator.update({ where: { id: catalog.count.id }, data: { unit: "persons" } });
  return { ...catalog, ...w };
}

type World = Awaited<ReturnType<typeof world>>;
const row = (indicatorId: string, baseline: number | null, target: number | null, version = 0) => ({
  indicatorId,
  include: true,
  baseline,
  target,
  version,
});

async function planCounts() {
  const db = testDb();
  const [rows, audit] = await Promise.all([db.projectIndicator.count(), db.auditLog.count()]);
  return { rows, audit };
}

const save = (w: World, actor: unknown, rows: ReturnType<typeof row>[]) => savePlan(actor as Actor, { projectId: w.project.id, rows });

describe("baseline and target per project", () => {
  beforeEach(resetDb);

  it("a member saves the plan in one audited step; the plan shows baseline, target and the latest value", async () => {
    const w = await world();
    await save(w, w.ru, [row(w.percent.id, 12.5, 60), row(w.count.id, 0, 40)]);
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { action: "project.plan", entityId: w.project.id } });
    expect(audit.actorId).toBe(w.ru.id);
    const plan = await getPlan(w.cn as Actor, w.project.id, "zh");
    const percent = plan.rows.find((r) => r.indicatorId === w.percent.id)!;
    expect(percent).toMatchObject({ include: true, baseline: 12.5, target: 60, version: 1, name: "本地化率" });
    expect(plan.rows.find((r) => r.indicatorId === w.ordinal.id)).toMatchObject({ include: false, baseline: null });
    expect(plan.canEdit).toBe(true);
    // The score explanation reads the same figures.
    const byIndicator = await planByIndicator(w.outsider as Actor, w.project.id);
    expect(byIndicator.get(w.count.id)).toEqual({ baseline: 0, target: 40 });
    expect(byIndicator.has(w.ordinal.id)).toBe(false);
  });

  it("the project page's plan card shows the included rows with the latest shared value, editable by members only", async () => {
    const w = await world();
    await save(w, w.ru, [row(w.percent.id, 12.5, 60), row(w.count.id, 0, 40)]);
    await createEvidence(w.cn as Actor, { projectId: w.project.id, fields: fields(w.percent.id, { value: 20 }) }, [], "submit");
    // A draft is not shared: the card keeps the submitted value.
    await createEvidence(w.cn as Actor, { projectId: w.project.id, fields: fields(w.percent.id, { value: 30, periodEnd: "2026-12-31" }) });
    const project = await getProjectOrThrow(w.cn as Actor, w.project.id);
    const card = await getPlanCard(w.cn as Actor, project, "zh");
    const plan = await getPlan(w.cn as Actor, w.project.id, "zh");
    expect(card.rows).toEqual(
      plan.rows
        .filter((r) => r.include)
        .map(({ indicatorId, code, name, unit, kind, baseline, target, actual }) => ({
          indicatorId,
          code,
          name,
          unit,
          kind,
          baseline,
          target,
          actual,
        })),
    );
    expect(card.rows.find((r) => r.indicatorId === w.percent.id)).toMatchObject({
      baseline: 12.5,
      target: 60,
      actual: 20,
      name: "本地化率",
    });
    expect(card.rows.some((r) => r.indicatorId === w.ordinal.id)).toBe(false);
    expect(card.canEdit).toBe(true);
    expect((await getPlanCard(w.outsider as Actor, project, "ru")).canEdit).toBe(false);
  });

  it("refuses an outsider, an administrator, a fractional count and a stale row; nothing is stored", async () => {
    const w = await world();
    const before = await planCounts();
    for (const actor of [w.outsider, w.admin]) {
      await expect(save(w, actor, [row(w.percent.id, 1, 2)])).rejects.toBeInstanceOf(ForbiddenError);
    }
    const fractional = await save(w, w.ru, [row(w.percent.id, 1, 2), row(w.count.id, 0, 40.5)]).catch((e: unknown) => e);
    expect(fractional).toBeInstanceOf(ValidationError);
    expect((fractional as ValidationError).code).toBe("wholeNumber");
    expect(await planCounts()).toEqual(before);

    await save(w, w.cn, [row(w.percent.id, 1, 2)]);
    const saved = await planCounts();
    // ru loaded the table before cn saved: its row version 0 is stale now.
    await expect(save(w, w.ru, [row(w.percent.id, 5, 6)])).rejects.toBeInstanceOf(ConflictError);
    expect(await planCounts()).toEqual(saved);
    expect(await testDb().projectIndicator.findFirstOrThrow({ where: { projectId: w.project.id } })).toMatchObject({
      baseline: 1,
      target: 2,
    });
  });
});
