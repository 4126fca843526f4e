import "server-only";

import { readBytes } from "@/lib/attachments/storage";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { pickTitle } from "@/lib/projects/texts";

import { evidenceResource, memberOrgIds } from "./access";
import { awaitingWhere, visibleEvidence } from "./pages";
import { abilities, assertVisible } from "./status";

const orgSelect = { id: true, nameEn: true, nameZh: true, nameRu: true, country: true } as const;
const indicatorSelect = {
  id: true,
  code: true,
  dimension: true,
  unit: true,
  kind: true,
  nameEn: true,
  nameZh: true,
  nameRu: true,
} as const;

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

/** The project page's evidence table: every shared item plus the reader's own drafts. */
export async function listProjectEvidence(actor: Actor, projectId: string) {
  assertCan(actor, "project.read");
  assertUuid(projectId);
  const db = getDb();
  const [project, rows, members] = await Promise.all([
    db.jointProject.findUnique({ where: { id: projectId }, select: { status: true } }),
    db.evidence.findMany({
      where: { projectId, ...visibleEvidence(actor) },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
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
    }),
    memberOrgIds(db, projectId),
  ]);
  if (!project) throw new NotFoundError();
  // New evidence only for active projects (the service enforces it as well).
  return { rows, canCreate: project.status === "ACTIVE" && can(actor, "evidence.create", { memberOrgIds: members }) };
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
