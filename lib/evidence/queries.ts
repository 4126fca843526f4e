import "server-only";

import { readBytes } from "@/lib/attachments/storage";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { pickTitle } from "@/lib/projects/texts";

import { evidenceResource, memberOrgIds } from "./access";
import { awaitingWhere, indicatorSelect, orgSelect, visibleEvidence } from "./pages";
import { abilities, assertVisible, PRIVATE_STATUSES } from "./status";
import { EVIDENCE_DIMENSIONS, type EvidenceDimension, type TEvidenceView } from "./table-view";

/** The project's title in the reader's language, else in its original language. */
async function projectHeading(projectId: string, locale: string) {
  const project = await getDb().jointProject.findUnique({
    where: { id: projectId },
    select: { id: true, code: true, status: true, originalLocale: true, texts: { select: { locale: true, title: true } } },
  });
  if (!project) throw new NotFoundError();
  const title = pickTitle(project.texts, project.originalLocale, locale) ?? project.code;
  return { id: project.id, code: project.code, status: project.status, title };
}

/** Rows per page of the project page's evidence table. */
export const EVIDENCE_PAGE_SIZE = 10;
const DIMENSIONS = EVIDENCE_DIMENSIONS;

/**
 * The project page's evidence table, newest first, one page at a time (optionally one dimension):
 * every shared item plus the reader's own drafts, with the count per dimension for the filter.
 * A page number past the end shows the last page.
 */
export async function listProjectEvidence(actor: Actor, projectId: string, options: TEvidenceView = {}) {
  assertCan(actor, "project.read");
  assertUuid(projectId);
  const db = getDb();
  const visible = { projectId, ...visibleEvidence(actor) };
  const [canCreate, grouped] = await Promise.all([
    canEnterEvidence(actor, projectId),
    db.$queryRaw<{ dimension: EvidenceDimension; count: bigint }[]>`
      SELECT i.dimension::text AS dimension, count(*) AS count
      FROM evidence e JOIN indicators i ON i.id = e.indicator_id
      WHERE e.project_id = ${projectId}::uuid
        AND (e.status::text <> ALL(${[...PRIVATE_STATUSES]}::text[]) OR e.organization_id = ${actor.organizationId}::uuid)
      GROUP BY i.dimension`,
  ]);
  const counts = Object.fromEntries(DIMENSIONS.map((d) => [d, Number(grouped.find((g) => g.dimension === d)?.count ?? 0)])) as Record<
    EvidenceDimension,
    number
  >;
  const total = options.dimension ? counts[options.dimension] : DIMENSIONS.reduce((sum, d) => sum + counts[d], 0);
  const pageCount = Math.max(1, Math.ceil(total / EVIDENCE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows =
    total === 0
      ? []
      : await db.evidence.findMany({
          where: { ...visible, ...(options.dimension ? { indicator: { dimension: options.dimension } } : {}) },
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          skip: (page - 1) * EVIDENCE_PAGE_SIZE,
          take: EVIDENCE_PAGE_SIZE,
          select: {
            id: true,
            value: true,
            periodStart: true,
            periodEnd: true,
            status: true,
            submittedAt: true,
            createdAt: true,
            indicator: { select: indicatorSelect },
            organization: { select: orgSelect },
            submittedBy: { select: { name: true } },
          },
        });
  return { rows, counts, total, page, pageCount, canCreate };
}

/** Whether the reader may enter evidence on the project: members, while it is active (the service enforces it as well). */
export async function canEnterEvidence(actor: Actor, projectId: string): Promise<boolean> {
  assertCan(actor, "project.read");
  assertUuid(projectId);
  const db = getDb();
  const [project, members] = await Promise.all([
    db.jointProject.findUnique({ where: { id: projectId }, select: { status: true } }),
    memberOrgIds(db, projectId),
  ]);
  if (!project) throw new NotFoundError();
  return project.status === "ACTIVE" && can(actor, "evidence.create", { memberOrgIds: members });
}

/** The same for a project the page has already loaded with its partners. */
export function canEnterEvidenceOn(
  actor: Actor,
  project: { status: string; partners: readonly { status: string; organizationId: string }[] },
) {
  assertCan(actor, "project.read");
  const members = project.partners.filter((p) => p.status === "ACCEPTED").map((p) => p.organizationId);
  return project.status === "ACTIVE" && can(actor, "evidence.create", { memberOrgIds: members });
}

export type ProjectEvidenceRow = Awaited<ReturnType<typeof listProjectEvidence>>["rows"][number];

/** The evidence page: narrative in every stored language, attachments, decision history. */
export async function getEvidenceOrThrow(actor: Actor, id: string, locale: string) {
  assertCan(actor, "project.read");
  assertUuid(id);
  const db = getDb();
  const evidence = await db.evidence.findUnique({
    where: { id },
    include: {
      indicator: { select: { ...indicatorSelect, definitionEn: true, definitionZh: true, definitionRu: true } },
      organization: { select: orgSelect },
      submittedBy: { select: { name: true } },
      texts: { orderBy: { locale: "asc" } },
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      verifications: {
        orderBy: { createdAt: "asc" },
        include: { user: { select: { name: true, role: true } }, organization: { select: orgSelect } },
      },
    },
  });
  if (!evidence) throw new NotFoundError();
  assertVisible(actor, evidence);
  const resource = await evidenceResource(db, actor, evidence);
  return { evidence, project: await projectHeading(evidence.projectId, locale), can: abilities(actor, evidence.status, resource) };
}

export type EvidenceDetail = Awaited<ReturnType<typeof getEvidenceOrThrow>>;

/** What the new-evidence form needs: the project, and whether the user may enter evidence. */
export async function getNewEvidenceContext(actor: Actor, projectId: string, locale: string) {
  assertCan(actor, "project.read");
  assertUuid(projectId);
  const project = await projectHeading(projectId, locale);
  const members = await memberOrgIds(getDb(), projectId);
  return { project, canCreate: can(actor, "evidence.create", { memberOrgIds: members }) };
}

/** Active indicators for the form, in catalog order. */
export async function listActiveIndicators() {
  return getDb().indicator.findMany({
    where: { active: true },
    orderBy: [{ dimension: "asc" }, { code: "asc" }],
    select: { ...indicatorSelect, lower: true, upper: true, definitionEn: true, definitionZh: true, definitionRu: true },
  });
}

/**
 * The landing page's "waiting for my verification" list: SUBMITTED evidence the user may decide.
 * Partners: projects their organization has joined, entered by the other country's partners.
 * Organizers: all of it. Newest first.
 */
export async function listAwaitingVerification(actor: Actor, take = 8) {
  const db = getDb();
  const select = {
    id: true,
    value: true,
    submittedAt: true,
    projectId: true,
    indicator: { select: indicatorSelect },
    organization: { select: orgSelect },
    project: { select: { code: true } },
  } as const;
  const where = await awaitingWhere(actor);
  if (!where) return { rows: [], total: 0 };
  const [rows, total] = await Promise.all([
    db.evidence.findMany({ where, select, orderBy: { submittedAt: "desc" }, take }),
    db.evidence.count({ where }),
  ]);
  return { rows, total };
}

/** An attachment's bytes for a signed-in reader who may see its evidence. */
export async function getAttachmentForDownload(actor: Actor, attachmentId: string) {
  assertCan(actor, "evidence.downloadAttachment");
  assertUuid(attachmentId);
  const attachment = await getDb().evidenceAttachment.findUnique({
    where: { id: attachmentId },
    include: { evidence: { select: { status: true, organizationId: true } } },
  });
  if (!attachment) throw new NotFoundError();
  assertVisible(actor, attachment.evidence);
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, size: attachment.size, bytes: await readBytes(attachment) };
}
