import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

import { actorCountry } from "./access";
import { PRIVATE_STATUSES, statusesAllowing, type EvidenceStatus } from "./status";

/**
 * Cursor-paginated reads of evidence for exports (and cursor-paginated API reads): the same
 * visibility as the pages — every shared item plus the reader's own organization's drafts; other
 * organizations' drafts never appear.
 */

export const orgSelect = { id: true, nameEn: true, nameZh: true, nameRu: true, country: true } as const;
export const indicatorSelect = {
  id: true,
  code: true,
  dimension: true,
  unit: true,
  kind: true,
  nameEn: true,
  nameZh: true,
  nameRu: true,
} as const;

/** Shared, or the reader's own organization's. */
export function visibleEvidence(actor: Actor) {
  return { OR: [{ status: { notIn: PRIVATE_STATUSES } }, ...(actor.organizationId ? [{ organizationId: actor.organizationId }] : [])] };
}

export type EvidenceListFilter = { status?: EvidenceStatus; indicatorId?: string; organizationId?: string };

/** A project's evidence, newest first, with narratives and the verification history. */
export async function listProjectEvidenceAfter(
  actor: Actor,
  projectId: string,
  cursor: string | null,
  limit: number,
  filter: EvidenceListFilter = {},
) {
  assertCan(actor, "project.read");
  assertUuid(projectId);
  const db = getDb();
  if (!cursor && !(await db.jointProject.findUnique({ where: { id: projectId }, select: { id: true } }))) throw new NotFoundError();
  const rows = await db.evidence.findMany({
    where: { projectId, ...visibleEvidence(actor), ...filter },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    take: limit,
    select: {
      id: true,
      projectId: true,
      version: true,
      textVersion: true,
      value: true,
      periodStart: true,
      periodEnd: true,
      status: true,
      sourceUrl: true,
      originalLocale: true,
      submittedAt: true,
      createdAt: true,
      indicator: { select: indicatorSelect },
      organization: { select: orgSelect },
      submittedBy: { select: { name: true } },
      texts: { select: { locale: true, narrative: true, source: true, sourceVersion: true } },
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { createdAt: "asc" } },
      verifications: {
        orderBy: { createdAt: "asc" },
        select: {
          decision: true,
          reason: true,
          fixes: true,
          createdAt: true,
          user: { select: { name: true } },
          organization: { select: orgSelect },
        },
      },
    },
  });
  return { rows, next: rows.length === limit ? rows[rows.length - 1].id : null };
}

export type EvidenceExportRow = Awaited<ReturnType<typeof listProjectEvidenceAfter>>["rows"][number];

/**
 * SUBMITTED evidence the reader may decide, as a query: organizers all of it; partners that of
 * the other country's partners on projects their organization has joined; nothing (null) for
 * anyone else.
 */
export async function awaitingWhere(actor: Actor) {
  const awaiting = { status: { in: statusesAllowing("confirm") } };
  if (actor.role === "ORGANIZER") return awaiting;
  const country = actor.role === "PARTNER" ? await actorCountry(getDb(), actor) : null;
  if (!country || !actor.organizationId) return null;
  return {
    ...awaiting,
    organization: { country: country === "CN" ? ("RU" as const) : ("CN" as const) },
    project: { partners: { some: { organizationId: actor.organizationId, status: "ACCEPTED" as const } } },
  };
}

/**
 * Everything waiting for the reader's verification (as the /evidence page lists it): organizers
 * see all submitted evidence; partners that of the other country's partners on projects their
 * organization has joined. Newest first.
 */
export async function listAwaitingAfter(actor: Actor, cursor: string | null, limit: number) {
  assertCan(actor, "project.read");
  const db = getDb();
  const where = await awaitingWhere(actor);
  if (!where) return { rows: [], next: null };
  const rows = await db.evidence.findMany({
    where,
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    take: limit,
    select: {
      id: true,
      value: true,
      periodStart: true,
      periodEnd: true,
      submittedAt: true,
      indicator: { select: indicatorSelect },
      organization: { select: orgSelect },
      submittedBy: { select: { name: true } },
      project: { select: { code: true, originalLocale: true, texts: { select: { locale: true, title: true } } } },
    },
  });
  return { rows, next: rows.length === limit ? rows[rows.length - 1].id : null };
}

export type AwaitingExportRow = Awaited<ReturnType<typeof listAwaitingAfter>>["rows"][number];
