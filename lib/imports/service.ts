import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/dates";
import { getDb, type DbTx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { memberOrgIds } from "@/lib/evidence/access";
import { outlierStats } from "@/lib/evidence/outlier-stats";
import { PRIVATE_STATUSES } from "@/lib/evidence/status";
import { localized } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/routing";
import { assertUuid } from "@/lib/ids";
import { notify } from "@/lib/notifications/service";
import { expectedIndicators } from "@/lib/periods/progress";
import { assertPeriodOpen } from "@/lib/periods/service";
import { lockProjectForScoring, recordScoreSnapshot } from "@/lib/scores/record";

import { readSpreadsheet } from "./read";
import { insertEvidenceRows } from "./store";
import { buildTemplate, headerLabels, translator } from "./template";
import { validateRows, type ImportIndicator, type ImportResult } from "./validate";

export type TImportRequest = {
  projectId: string;
  periodId: string;
  mode: "dry" | "confirm";
  intent: "draft" | "submit";
  confirmOutliers: boolean;
};

/** The project, the period (open, and including the project) and the actor's right to enter evidence. */
async function loadScope(db: DbTx, actor: Actor, projectId: string, periodId: string) {
  assertUuid(projectId);
  assertUuid(periodId);
  const project = await db.jointProject.findUnique({ where: { id: projectId }, select: { id: true, code: true, status: true } });
  if (!project) throw new NotFoundError();
  assertCan(actor, "evidence.create", { memberOrgIds: await memberOrgIds(db, projectId) });
  if (!actor.organizationId) throw new ForbiddenError();
  if (project.status !== "ACTIVE") throw new ValidationError("projectNotActive");
  const period = await db.reportingPeriod.findFirst({
    where: { id: periodId, projects: { some: { projectId } } },
    select: { id: true, key: true, startsOn: true, endsOn: true, deadline: true, reopenedUntil: true, reopenReason: true, version: true },
  });
  if (!period) throw new ValidationError("periodInvalid", "periodId");
  assertPeriodOpen(period);
  return { project, period, organizationId: actor.organizationId };
}

/** The project's indicators (its plan, else the catalog) with what the template shows beside each. */
async function indicatorsFor(db: DbTx, actor: Actor, projectId: string, periodId: string) {
  const ids = (await expectedIndicators(db, [projectId])).get(projectId) ?? [];
  const rows = await db.indicator.findMany({
    where: { id: { in: ids } },
    orderBy: [{ dimension: "asc" }, { code: "asc" }],
    select: { id: true, code: true, unit: true, kind: true, nameEn: true, nameZh: true, nameRu: true },
  });
  const plan = await db.projectIndicator.findMany({ where: { projectId }, select: { indicatorId: true, baseline: true, target: true } });
  // The latest value the actor can see in this period: shared evidence, and their own drafts.
  const evidence = await db.evidence.findMany({
    where: {
      projectId,
      reportingPeriodId: periodId,
      status: { not: "WITHDRAWN" },
      OR: [{ status: { notIn: PRIVATE_STATUSES } }, { organizationId: actor.organizationId ?? undefined }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { indicatorId: true, value: true },
  });
  const current = new Map(evidence.map((e) => [e.indicatorId, e.value]));
  const planOf = new Map(plan.map((p) => [p.indicatorId, p]));
  return { rows, current, planOf };
}

export async function importTemplate(actor: Actor, projectId: string, periodId: string, locale: string) {
  const db = getDb();
  const { project, period } = await loadScope(db, actor, projectId, periodId);
  const { rows, current, planOf } = await indicatorsFor(db, actor, projectId, periodId);
  const bytes = await buildTemplate({
    locale,
    projectId,
    projectCode: project.code,
    period,
    indicators: rows.map((i) => ({
      id: i.id,
      code: i.code,
      name: localized(i, "name", locale),
      unit: i.unit,
      kind: i.kind,
      baseline: planOf.get(i.id)?.baseline ?? null,
      target: planOf.get(i.id)?.target ?? null,
      current: current.get(i.id) ?? null,
    })),
  });
  return { bytes, fileName: `${project.code}-${period.key}.xlsx`.replace(/[^\w.-]+/g, "_") };
}

/**
 * The dry run (`mode: "dry"`): every row's verdict, nothing stored. The confirmation re-reads the
 * same file and, only when no row is refused and every unusual value was confirmed, stores all
 * accepted rows as drafts or submitted evidence in one transaction: all or nothing, one audit
 * entry and one score snapshot for the project.
 */
export async function runImport(
  actor: Actor,
  input: TImportRequest,
  file: { name: string; bytes: Uint8Array },
  locale: string,
): Promise<ImportResult> {
  const db = getDb();
  const lang = isLocale(locale) ? locale : "en";
  const { period } = await loadScope(db, actor, input.projectId, input.periodId);
  const sheet = await readSpreadsheet(file.bytes, headerLabels());
  if (sheet.projectId && sheet.projectId !== input.projectId) throw new ValidationError("templateOtherProject", "file");
  const { rows: indicators, current } = await indicatorsFor(db, actor, input.projectId, input.periodId);
  const byCode = new Map<string, ImportIndicator>(indicators.map((i) => [i.code, { id: i.id, code: i.code, kind: i.kind, unit: i.unit }]));
  const stats = await outlierStats(
    db,
    input.projectId,
    indicators.map((i) => i.id),
  );
  const report = validateRows(sheet, {
    locale: lang,
    indicators: byCode,
    period: { startsOn: toIsoDate(period.startsOn), endsOn: toIsoDate(period.endsOn) },
    current,
    stats,
  });
  const outliers = report.accepted.filter((r) => r.outlier).length;
  const result: ImportResult = { counts: report.counts, rows: report.rows, outliers, stored: null };
  if (input.mode === "dry") return result;

  if (report.counts.refused > 0) throw new ValidationError("importHasRefusals", "file", { count: report.counts.refused });
  if (report.accepted.length === 0) throw new ValidationError("importNothing", "file");
  if (outliers > 0 && !input.confirmOutliers) throw new ValidationError("outliersUnconfirmed", "confirmOutliers", { count: outliers });
  const narrative = translator(lang)("imports.defaultNarrative", { period: period.key, file: file.name.slice(0, 200) });
  await db.$transaction(
    async (tx) => {
      // Before any row is written, for the snapshot (lib/scores/project-lock.ts).
      const project = await lockProjectForScoring(tx, input.projectId);
      // Checked again inside the transaction: the deadline may have passed since the dry run.
      const { organizationId } = await loadScope(tx, actor, input.projectId, input.periodId);
      const submitted = input.intent === "submit";
      const ids = await insertEvidenceRows(tx, report.accepted, {
        projectId: input.projectId,
        organizationId,
        userId: actor.id,
        periodId: period.id,
        locale: lang,
        status: submitted ? "SUBMITTED" : "DRAFT",
        narrative,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "evidence.import",
        entityType: "JointProject",
        entityId: input.projectId,
        after: {
          period: period.key,
          file: file.name,
          format: sheet.format,
          intent: input.intent,
          count: ids.length,
          outliers,
          evidenceIds: ids,
        },
      });
      await recordScoreSnapshot(tx, project, { kind: "evidence.import" });
      if (submitted) await importSubmitted(tx, input.projectId, organizationId, actor.id);
    },
    { timeout: 120_000 },
  );
  return { ...result, stored: report.accepted.length };
}

/** One request to verify per counterpart for the whole import, not one per row. */
async function importSubmitted(tx: DbTx, projectId: string, organizationId: string, actorId: string) {
  const author = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { country: true } });
  const counterparts = await tx.user.findMany({
    where: {
      role: "PARTNER",
      status: "ACTIVE",
      organization: { country: { not: author.country }, projects: { some: { projectId, status: "ACCEPTED" } } },
    },
    select: { id: true },
  });
  await notify(tx, [
    { kind: "VERIFICATION_REQUESTED", recipientIds: counterparts.map((u) => u.id), actorId, subject: { type: "PROJECT", id: projectId } },
  ]);
}
