import "server-only";

import { checkFiles, saveFiles, withWrittenFiles, type CheckedFile, type UploadFile } from "@/lib/attachments/files";
import { removeBytes } from "@/lib/attachments/storage";
import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { getDb, type DbTx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/prisma/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { assertAttachmentQuota } from "@/lib/limits/quota";
import { withWriteLimit } from "@/lib/limits/rate";
import { evidenceSubmitted } from "@/lib/notifications/triggers";
import { assertPeriodOpen, periodOf } from "@/lib/periods/service";
import { recordScoreSnapshot } from "@/lib/scores/record";

import { evidenceAccess, lockEvidence } from "./access";
import { outlierStats, outlierStatsOf } from "./outlier-stats";
import { outlierOf, type Outlier, type OutlierStats } from "./outliers";
import type { TCreateEvidence, TEvidenceFields, TUpdateEvidence } from "./schema";
import { awaitsDecision, EVENT_PERMISSION, INITIAL_STATUS, nextStatus, nextStatusOrThrow } from "./status";
import { submissionContext } from "./submission-context";
import { applyTexts, writeNewTexts } from "./texts";
import { valueProblem, type IndicatorUnit } from "./value-rules";

/**
 * New and edited evidence: values, dates, texts and files, with the checks of each. Submit,
 * withdraw and a counterpart's decision, which change the status alone, are in `./transitions`.
 * Which status follows which, and who may move it, is the table in `./status`. Every change
 * checks the permission, then the version (optimistic locking), then the transition; it bumps
 * `version`, writes an audit entry and a score snapshot in the same transaction.
 */
export type Intent = "draft" | "submit";

async function checkIndicator(tx: DbTx, fields: TEvidenceFields) {
  return checkedIndicator(await tx.indicator.findUnique({ where: { id: fields.indicatorId } }), fields);
}

function checkedIndicator<I extends { active: boolean } & IndicatorUnit>(indicator: I | null, fields: TEvidenceFields): I {
  if (!indicator || !indicator.active) throw new ValidationError("indicatorInvalid", "indicatorId");
  const problem = valueProblem(fields.value, indicator);
  if (problem) throw new ValidationError(problem, "value");
  return indicator;
}

/**
 * The reporting period the dates fall into (refused when it is locked) and the outlier warning
 * the author must have confirmed. `unchangedValue`: an edit that keeps the value keeps its
 * earlier confirmation and asks nothing again.
 */
async function checkPeriodAndOutlier(
  tx: DbTx,
  projectId: string,
  fields: TEvidenceFields,
  kind: "QUANTITATIVE" | "ORDINAL",
  unchangedValue?: { outlier: unknown },
): Promise<{ reportingPeriodId: string | null; outlier: Outlier | null }> {
  const period = await periodOf(tx, projectId, fromIsoDate(fields.periodStart), fromIsoDate(fields.periodEnd));
  assertPeriodOpen(period);
  if (unchangedValue) return { reportingPeriodId: period?.id ?? null, outlier: (unchangedValue.outlier as Outlier | null) ?? null };
  const stats = await outlierStats(tx, projectId, [fields.indicatorId]);
  return { reportingPeriodId: period?.id ?? null, outlier: confirmedOutlier(fields, kind, stats.get(fields.indicatorId)) };
}

function confirmedOutlier(fields: TEvidenceFields, kind: "QUANTITATIVE" | "ORDINAL", stats: OutlierStats | undefined): Outlier | null {
  const outlier = outlierOf(fields.value, kind, stats ?? { history: [], portfolio: null });
  if (outlier && !fields.confirmOutlier) {
    throw new ValidationError("outlierConfirm", "value", { low: outlier.low, high: outlier.high });
  }
  return outlier;
}

const outlierJson = (outlier: Outlier | null) => outlier ?? Prisma.DbNull;

/** Runs the transaction and removes files written under UPLOAD_DIR when it rolls back. */
function withFiles<T>(work: (tx: DbTx, written: (string | null)[]) => Promise<T>): Promise<T> {
  return withWrittenFiles((written) => getDb().$transaction((tx) => work(tx, written), { timeout: 30_000 }));
}

const attachmentSelect = { id: true, fileName: true, mimeType: true, size: true, sha256: true } as const;

/** Bytes go in a folder named after the evidence (where they have always lived). */
const saveAttachments = (tx: DbTx, evidenceId: string, files: CheckedFile[], uploadedById: string, written: (string | null)[]) =>
  saveFiles(evidenceId, files, written, (file) =>
    tx.evidenceAttachment.create({ data: { ...file, evidenceId, uploadedById }, select: attachmentSelect }),
  );

/** Each new or edited item counts against the author's hourly evidence limit, each file against uploads. */
const limited = <T>(actor: Actor, files: readonly UploadFile[], work: () => Promise<T>) =>
  withWriteLimit(actor.id, "evidence", 1, () => withWriteLimit(actor.id, "upload", files.length, work));

export async function createEvidence(actor: Actor, input: TCreateEvidence, files: UploadFile[] = [], intent: Intent = "draft") {
  const checked = checkFiles(files);
  assertUuid(input.projectId);
  return limited(actor, files, () => insertEvidence(actor, input, checked, intent));
}

async function insertEvidence(actor: Actor, input: TCreateEvidence, checked: CheckedFile[], intent: Intent) {
  return withFiles(async (tx, written) => {
    const { fields } = input;
    // Project, members, indicator, period and history in one statement (they were five).
    const context = await submissionContext(tx, input.projectId, fields);
    if (!context) throw new NotFoundError();
    const { project, members } = context;
    assertCan(actor, "evidence.create", { memberOrgIds: members.map((m) => m.organizationId) });
    const organizationId = actor.organizationId;
    if (!organizationId) throw new ForbiddenError();
    if (project.status !== "ACTIVE") throw new ValidationError("projectNotActive");
    const indicator = checkedIndicator(context.indicator, fields);
    assertPeriodOpen(context.period);
    const reportingPeriodId = context.period?.id ?? null;
    const outlier = confirmedOutlier(fields, indicator.kind, await outlierStatsOf(tx, indicator, context.history));
    const status = intent === "submit" ? nextStatusOrThrow(INITIAL_STATUS, "submit") : INITIAL_STATUS;
    const now = new Date();
    const evidence = await tx.evidence.create({
      data: {
        projectId: project.id,
        indicatorId: fields.indicatorId,
        value: fields.value,
        periodStart: fromIsoDate(fields.periodStart),
        periodEnd: fromIsoDate(fields.periodEnd),
        sourceUrl: fields.sourceUrl || null,
        originalLocale: fields.originalLocale,
        reportingPeriodId,
        outlier: outlierJson(outlier),
        organizationId,
        submittedById: actor.id,
        status,
        submittedAt: awaitsDecision(status) ? now : null,
      },
    });
    await writeNewTexts(tx, evidence, fields, actor.id);
    await assertAttachmentQuota(tx, organizationId, checked);
    const attachments = await saveAttachments(tx, evidence.id, checked, actor.id, written);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.create",
      entityType: "Evidence",
      entityId: evidence.id,
      after: { ...evidence, narrative: fields.narrative, attachments },
    });
    await recordScoreSnapshot(tx, project, { kind: intent === "submit" ? "evidence.submit" : "evidence.create", id: evidence.id });
    if (awaitsDecision(status)) await evidenceSubmitted(tx, evidence, actor.id, { members, title: indicator });
    return evidence;
  });
}

const sameDay = (a: Date, b: string) => toIsoDate(a) === b;

export async function updateEvidence(actor: Actor, input: TUpdateEvidence, files: UploadFile[] = [], intent: Intent = "draft") {
  return limited(actor, files, () => changeEvidence(actor, input, files, intent));
}

async function changeEvidence(actor: Actor, input: TUpdateEvidence, files: UploadFile[], intent: Intent) {
  return withFiles(async (tx, written) => {
    const { evidence: before, project } = await lockEvidence(tx, actor, input.id);
    const { resource, members } = await evidenceAccess(tx, actor, before);
    assertCan(actor, EVENT_PERMISSION.change, resource);
    if (before.version !== input.version) throw new ConflictError("staleVersion");
    nextStatusOrThrow(before.status, "edit");
    const { fields } = input;
    if (fields.indicatorId !== before.indicatorId) throw new ValidationError("indicatorFixed", "indicatorId");
    if (fields.originalLocale !== before.originalLocale) throw new ValidationError("originalLocaleFixed", "originalLocale");
    const indicator = await checkIndicator(tx, fields);
    // The period the evidence was in must be open to change it, and so must the one it moves to.
    assertPeriodOpen(before.reportingPeriodId ? await tx.reportingPeriod.findUnique({ where: { id: before.reportingPeriodId } }) : null);
    const { reportingPeriodId, outlier } = await checkPeriodAndOutlier(
      tx,
      before.projectId,
      fields,
      indicator.kind,
      fields.value === before.value ? before : undefined,
    );
    const removing = before.attachments.filter((a) => input.removeAttachmentIds.includes(a.id));
    if (removing.length !== input.removeAttachmentIds.length) throw new ValidationError("attachmentInvalid", "attachments");
    const checked = checkFiles(files, before.attachments.length - removing.length);

    const original = before.texts.find((t) => t.locale === before.originalLocale);
    const substantive =
      fields.value !== before.value ||
      !sameDay(before.periodStart, fields.periodStart) ||
      !sameDay(before.periodEnd, fields.periodEnd) ||
      (fields.sourceUrl || null) !== before.sourceUrl ||
      fields.narrative !== original?.narrative ||
      removing.length > 0 ||
      checked.length > 0;
    const edited = nextStatusOrThrow(before.status, substantive ? "change" : "edit");
    // "Save and submit" submits what can be submitted and otherwise saves.
    const status = (intent === "submit" && nextStatus(edited, "submit")) || edited;
    const entersVerification = status !== before.status && awaitsDecision(status);

    await tx.evidence.update({
      where: { id: before.id },
      data: {
        value: fields.value,
        periodStart: fromIsoDate(fields.periodStart),
        periodEnd: fromIsoDate(fields.periodEnd),
        sourceUrl: fields.sourceUrl || null,
        reportingPeriodId,
        outlier: outlierJson(outlier),
        status,
        ...(entersVerification ? { submittedAt: new Date(), submittedById: actor.id } : {}),
        version: { increment: 1 },
      },
    });
    const after = await applyTexts(tx, before, before.texts, fields, actor.id);
    if (removing.length > 0) await tx.evidenceAttachment.deleteMany({ where: { id: { in: removing.map((a) => a.id) } } });
    await assertAttachmentQuota(tx, before.organizationId, checked);
    const added = await saveAttachments(tx, before.id, checked, actor.id, written);
    const { texts: _t, attachments: _a, organization: _o, indicator: _i, ...plainBefore } = before;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.update",
      entityType: "Evidence",
      entityId: before.id,
      before: { ...plainBefore, narrative: original?.narrative },
      after: { ...after, narrative: fields.narrative, removedAttachments: removing.map((a) => a.id), addedAttachments: added },
    });
    await recordScoreSnapshot(tx, project, { kind: "evidence.update", id: before.id });
    if (entersVerification) await evidenceSubmitted(tx, after, actor.id, { members, title: indicator });
    // Bytes of removed attachments under UPLOAD_DIR go once the rows are gone for good.
    return { evidence: after, removedPaths: removing.map((a) => a.storagePath) };
  }).then(async ({ evidence, removedPaths }) => {
    await removeBytes(removedPaths);
    return evidence;
  });
}
