import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { memberOrgIds } from "@/lib/evidence/access";
import { CITABLE_STATUSES } from "@/lib/evidence/status";
import { valueProblem } from "@/lib/evidence/value-rules";
import { localized } from "@/lib/i18n/localized";
import { assertUuid } from "@/lib/ids";

import type { TSavePlan } from "./schema";

/**
 * Every active indicator with the project's baseline and target (when it reports on it) and
 * the latest shared value: RSR's baseline / target / actual.
 */
export async function getPlan(actor: Actor, projectId: string, locale: string) {
  assertCan(actor, "project.read");
  assertUuid(projectId);
  const db = getDb();
  const project = await db.jointProject.findUnique({ where: { id: projectId }, select: { id: true } });
  if (!project) throw new NotFoundError();
  const [indicators, plan, latest, members] = await Promise.all([
    db.indicator.findMany({
      where: { active: true },
      orderBy: [{ dimension: "asc" }, { code: "asc" }],
      select: { id: true, code: true, unit: true, kind: true, dimension: true, nameEn: true, nameZh: true, nameRu: true },
    }),
    db.projectIndicator.findMany({ where: { projectId } }),
    db.evidence.findMany({
      where: { projectId, status: { in: CITABLE_STATUSES } },
      orderBy: [{ periodEnd: "asc" }, { createdAt: "asc" }],
      select: { indicatorId: true, value: true },
    }),
    memberOrgIds(db, projectId),
  ]);
  const planOf = new Map(plan.map((p) => [p.indicatorId, p]));
  const actual = new Map(latest.map((e) => [e.indicatorId, e.value]));
  return {
    canEdit: can(actor, "projectPlan.edit", { memberOrgIds: members }),
    rows: indicators.map((i) => ({
      indicatorId: i.id,
      code: i.code,
      name: localized(i, "name", locale),
      unit: i.unit,
      kind: i.kind,
      dimension: i.dimension,
      include: planOf.has(i.id),
      baseline: planOf.get(i.id)?.baseline ?? null,
      target: planOf.get(i.id)?.target ?? null,
      version: planOf.get(i.id)?.version ?? 0,
      actual: actual.get(i.id) ?? null,
    })),
  };
}

/** Saves the table in one transaction; a row someone else changed since it was loaded refuses the whole save. */
export async function savePlan(actor: Actor, input: TSavePlan) {
  assertUuid(input.projectId);
  const db = getDb();
  return db.$transaction(async (tx) => {
    const project = await tx.jointProject.findUnique({ where: { id: input.projectId }, select: { id: true } });
    if (!project) throw new NotFoundError();
    assertCan(actor, "projectPlan.edit", { memberOrgIds: await memberOrgIds(tx, project.id) });
    await tx.$queryRaw`SELECT 1 FROM joint_projects WHERE id = ${project.id}::uuid FOR UPDATE`;
    const before = await tx.projectIndicator.findMany({ where: { projectId: project.id } });
    const indicators = await tx.indicator.findMany({
      where: { id: { in: input.rows.map((r) => r.indicatorId) }, active: true },
      select: { id: true, kind: true, unit: true },
    });
    const kindOf = new Map(indicators.map((i) => [i.id, i]));
    const existing = new Map(before.map((p) => [p.indicatorId, p]));
    for (const [index, row] of input.rows.entries()) {
      const indicator = kindOf.get(row.indicatorId);
      if (!indicator) throw new ValidationError("indicatorInvalid", `rows.${index}.indicatorId`);
      const current = existing.get(row.indicatorId);
      if ((current?.version ?? 0) !== row.version) throw new ConflictError("staleVersion");
      if (!row.include) {
        if (current)
          await tx.projectIndicator.delete({ where: { projectId_indicatorId: { projectId: project.id, indicatorId: row.indicatorId } } });
        continue;
      }
      for (const field of ["baseline", "target"] as const) {
        const value = row[field];
        const problem = value === null ? null : valueProblem(value, indicator);
        if (problem) throw new ValidationError(problem, `rows.${index}.${field}`);
      }
      if (current && current.baseline === row.baseline && current.target === row.target) continue;
      await tx.projectIndicator.upsert({
        where: { projectId_indicatorId: { projectId: project.id, indicatorId: row.indicatorId } },
        create: { projectId: project.id, indicatorId: row.indicatorId, baseline: row.baseline, target: row.target, updatedById: actor.id },
        update: { baseline: row.baseline, target: row.target, updatedById: actor.id, version: { increment: 1 } },
      });
    }
    const after = await tx.projectIndicator.findMany({ where: { projectId: project.id } });
    const view = (rows: typeof before) => rows.map((r) => ({ indicatorId: r.indicatorId, baseline: r.baseline, target: r.target }));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "project.plan",
      entityType: "JointProject",
      entityId: project.id,
      before: view(before),
      after: view(after),
    });
    return after.length;
  });
}

/** Baseline and target of one indicator of a project, shown beside an evidence value. */
export async function planFor(actor: Actor, projectId: string, indicatorId: string) {
  assertCan(actor, "project.read");
  return getDb().projectIndicator.findUnique({
    where: { projectId_indicatorId: { projectId, indicatorId } },
    select: { baseline: true, target: true },
  });
}

/** Baseline and target of each indicator the project reports on: the score explanation's reference. */
export async function planByIndicator(actor: Actor, projectId: string) {
  assertCan(actor, "project.read");
  assertUuid(projectId);
  const rows = await getDb().projectIndicator.findMany({
    where: { projectId },
    select: { indicatorId: true, baseline: true, target: true },
  });
  return new Map(rows.map((r) => [r.indicatorId, { baseline: r.baseline, target: r.target }]));
}

type PlanCardRow = {
  indicator_id: string;
  code: string;
  unit: string;
  kind: "QUANTITATIVE" | "ORDINAL";
  name_en: string;
  name_zh: string;
  name_ru: string;
  baseline: number | null;
  target: number | null;
  actual: number | null;
};

/**
 * The project page's plan card: only the indicators the project reports on, with the latest
 * shared value, in one statement, for a project the page has already loaded (its partners
 * decide who may edit). The same figures as getPlan's included rows.
 */
export async function getPlanCard(
  actor: Actor,
  project: { id: string; partners: readonly { status: string; organizationId: string }[] },
  locale: string,
) {
  assertCan(actor, "project.read");
  const rows = await getDb().$queryRaw<PlanCardRow[]>`
    SELECT i.id::text AS indicator_id, i.code, i.unit, i.kind::text AS kind, i.name_en, i.name_zh, i.name_ru, pi.baseline, pi.target,
           (SELECT e.value FROM evidence e
            WHERE e.project_id = pi.project_id AND e.indicator_id = i.id AND e.status::text IN (${Prisma.join(CITABLE_STATUSES)})
            ORDER BY e.period_end DESC, e.created_at DESC LIMIT 1) AS actual
    FROM project_indicators pi JOIN indicators i ON i.id = pi.indicator_id
    WHERE pi.project_id = ${project.id}::uuid AND i.active
    ORDER BY i.dimension, i.code`;
  const members = project.partners.filter((p) => p.status === "ACCEPTED").map((p) => p.organizationId);
  return {
    canEdit: can(actor, "projectPlan.edit", { memberOrgIds: members }),
    rows: rows.map((r) => ({
      indicatorId: r.indicator_id,
      code: r.code,
      name: localized({ nameEn: r.name_en, nameZh: r.name_zh, nameRu: r.name_ru }, "name", locale),
      unit: r.unit,
      kind: r.kind,
      baseline: r.baseline,
      target: r.target,
      actual: r.actual,
    })),
  };
}
