import "server-only";

import { checkFiles, saveFiles, withWrittenFiles, type UploadFile } from "@/lib/attachments/files";
import { readBytes } from "@/lib/attachments/storage";
import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/dates";
import { getDb, type DbTx, type Prisma } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { CITABLE_STATUSES } from "@/lib/evidence/status";
import { localized } from "@/lib/i18n/localized";
import { assertUuid } from "@/lib/ids";
import { assertAttachmentQuota } from "@/lib/limits/quota";
import { withWriteLimit } from "@/lib/limits/rate";
import { initiativeChanged } from "@/lib/notifications/triggers";

import { authorName, contributorResource, loadForWrite } from "./load";
import { initiativeProgress } from "./progress";
import type { TEvidenceSearch, TPostUpdate } from "./schema";

/**
 * Evidence an update may cite: shared (not a draft, not withdrawn) and entered on one of the
 * initiative's linked projects. Drafts are private to their organization, and withdrawn evidence
 * proves nothing.
 */
const linkableWhere = (initiativeId: string): Prisma.EvidenceWhereInput => ({
  status: { in: CITABLE_STATUSES },
  project: { initiatives: { some: { initiativeId } } },
});

async function checkEvidence(tx: DbTx, initiativeId: string, evidenceIds: readonly string[]) {
  const ids = [...new Set(evidenceIds)];
  if (ids.length === 0) return ids;
  const found = await tx.evidence.count({ where: { id: { in: ids }, ...linkableWhere(initiativeId) } });
  if (found !== ids.length) throw new ValidationError("evidenceNotLinkable", "evidenceIds");
  return ids;
}

/** A progress update: narrative, links, up to five attachments and cited evidence. */
export async function postUpdate(actor: Actor, input: TPostUpdate, files: UploadFile[] = []) {
  return withWriteLimit(actor.id, "upload", files.length, () => insertUpdate(actor, input, files));
}

async function insertUpdate(actor: Actor, input: TPostUpdate, files: UploadFile[]) {
  return withWrittenFiles((written) =>
    getDb().$transaction(
      async (tx) => {
        const initiative = await loadForWrite(tx, input.initiativeId);
        assertCan(actor, "initiative.contribute", contributorResource(initiative.owners));
        const checked = checkFiles(files, 0, "tooManyUpdateAttachments");
        const evidenceIds = await checkEvidence(tx, initiative.id, input.evidenceIds);
        const row = await tx.initiativeUpdate.create({
          data: {
            initiativeId: initiative.id,
            kind: "NOTE",
            authorId: actor.id,
            authorName: await authorName(tx, actor),
            body: input.body,
            links: input.links,
            progress: initiativeProgress(initiative),
            evidence: { create: evidenceIds.map((evidenceId) => ({ evidenceId })) },
          },
        });
        await assertAttachmentQuota(tx, actor.organizationId, checked);
        const attachments = await saveFiles(`initiative-updates/${row.id}`, checked, written, (file) =>
          tx.initiativeUpdateAttachment.create({
            data: { ...file, updateId: row.id, uploadedById: actor.id },
            select: { id: true, fileName: true, mimeType: true, size: true, sha256: true },
          }),
        );
        await recordAudit(tx, {
          actorId: actor.id,
          action: "initiative.update.post",
          entityType: "Initiative",
          entityId: initiative.id,
          after: { ...row, evidenceIds, attachments },
        });
        await initiativeChanged(tx, initiative.id, actor.id);
        return row;
      },
      { timeout: 30_000 },
    ),
  );
}

/** Everyone who may read initiatives may download their updates' attachments. */
export async function getUpdateAttachmentForDownload(actor: Actor, attachmentId: string) {
  assertCan(actor, "recommendation.read");
  assertUuid(attachmentId);
  const file = await getDb().initiativeUpdateAttachment.findUnique({ where: { id: attachmentId } });
  if (!file) throw new NotFoundError();
  return { fileName: file.fileName, mimeType: file.mimeType, size: file.size, bytes: await readBytes(file) };
}

async function contributableInitiative(actor: Actor, initiativeId: string) {
  assertUuid(initiativeId);
  const initiative = await getDb().initiative.findUnique({
    where: { id: initiativeId },
    select: { id: true, owners: { select: { organizationId: true } } },
  });
  if (!initiative) throw new NotFoundError();
  assertCan(actor, "initiative.contribute", contributorResource(initiative.owners));
  return initiative;
}

const SEARCH_LIMIT = 50;

/** What the picker lists and the timeline shows of a cited evidence item. */
export const CITED_EVIDENCE_SELECT = {
  id: true,
  status: true,
  value: true,
  periodEnd: true,
  project: { select: { code: true } },
  indicator: { select: { code: true, unit: true, nameEn: true, nameZh: true, nameRu: true } },
} as const;

/** The evidence picker: linkable evidence matching the filters, newest first, and whether more match. */
export async function searchLinkableEvidence(actor: Actor, initiativeId: string, search: TEvidenceSearch, locale: string) {
  const initiative = await contributableInitiative(actor, initiativeId);
  const q = search.q;
  const text = { contains: q, mode: "insensitive" as const };
  const rows = await getDb().evidence.findMany({
    where: {
      AND: [
        linkableWhere(initiative.id),
        search.indicatorId ? { indicatorId: search.indicatorId } : {},
        search.projectId ? { projectId: search.projectId } : {},
        search.status ? { status: search.status } : {},
        q
          ? {
              OR: [
                { texts: { some: { narrative: text } } },
                { indicator: { OR: [{ code: text }, { nameEn: text }, { nameZh: text }, { nameRu: text }] } },
                { project: { code: text } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    take: SEARCH_LIMIT + 1,
    select: CITED_EVIDENCE_SELECT,
  });
  const items = rows.slice(0, SEARCH_LIMIT).map((r) => ({
    id: r.id,
    status: r.status,
    value: r.value,
    periodEnd: toIsoDate(r.periodEnd),
    projectCode: r.project.code,
    indicatorCode: r.indicator.code,
    indicatorName: localized(r.indicator, "name", locale),
  }));
  return { items, more: rows.length > SEARCH_LIMIT };
}
export type LinkableEvidence = Awaited<ReturnType<typeof searchLinkableEvidence>>["items"][number];

/** The picker's filter choices: the linked projects and the indicators their evidence uses. */
export async function evidencePickerOptions(actor: Actor, initiativeId: string, locale: string) {
  const initiative = await contributableInitiative(actor, initiativeId);
  const db = getDb();
  const [projects, indicators] = await Promise.all([
    db.jointProject.findMany({
      where: { initiatives: { some: { initiativeId: initiative.id } } },
      orderBy: { code: "asc" },
      select: { id: true, code: true },
    }),
    db.indicator.findMany({
      where: { evidence: { some: linkableWhere(initiative.id) } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, nameEn: true, nameZh: true, nameRu: true },
    }),
  ]);
  return {
    projects: projects.map((p) => ({ value: p.id, label: p.code })),
    indicators: indicators.map((i) => ({ value: i.id, label: `${i.code} — ${localized(i, "name", locale)}` })),
  };
}
