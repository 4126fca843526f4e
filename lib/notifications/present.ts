// Not `server-only`: the mail worker (scripts/worker.ts) runs this in plain Node.
import type { DbTx } from "@/lib/db/client";
import { targetOf, type ArcColumns } from "@/lib/db/target-arc";
import { localized } from "@/lib/i18n/localized";
import { pickTitle } from "@/lib/projects/texts";

import { notificationHref, type NotificationKind, type SubjectType } from "./kinds";

type Reader = Pick<DbTx, "user" | "projectText" | "evidence" | "initiative">;

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  subjectType: SubjectType;
  subjectId: string;
  commentId: string | null;
  actorId: string | null;
  readAt: Date | null;
  createdAt: Date;
};

/** A stored notification (its subject an exclusive arc) in the shape presented to readers. */
export function toNotificationRow(
  row: ArcColumns & Omit<NotificationRow, "subjectType" | "subjectId" | "kind"> & { kind: string },
): NotificationRow {
  const subject = targetOf(row);
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    subjectType: subject.type,
    subjectId: subject.id,
    commentId: row.commentId,
    actorId: row.actorId,
    readAt: row.readAt,
    createdAt: row.createdAt,
  };
}

/** What a person reads: who did what to which item, and where it leads. */
export type NotificationView = NotificationRow & { actorName: string; title: string; href: string };

/** An evidence item's title: its indicator's name in each language. */
export type EvidenceTitle = { nameEn: string; nameZh: string; nameRu: string };

/**
 * What the caller already holds (the write that raised the notifications read it): actor names
 * and evidence titles by id. Only what is missing is read.
 */
export type KnownToPresent = { actorNames?: ReadonlyMap<string, string>; evidenceTitles?: ReadonlyMap<string, EvidenceTitle> };

const idsOf = (rows: readonly NotificationRow[], type: SubjectType) => [
  ...new Set(rows.filter((r) => r.subjectType === type).map((r) => r.subjectId)),
];

/** Subject titles in the reader's language (the original when no translation exists). */
async function titles(
  db: Reader,
  rows: readonly NotificationRow[],
  locale: string,
  known: ReadonlyMap<string, EvidenceTitle> = new Map(),
): Promise<Map<string, string>> {
  const projectIds = idsOf(rows, "PROJECT");
  const evidenceIds = idsOf(rows, "EVIDENCE").filter((id) => !known.has(id));
  const initiativeIds = idsOf(rows, "INITIATIVE");
  // One after another: `db` may be a transaction, whose single connection runs one query at a time.
  const texts = projectIds.length
    ? await db.projectText.findMany({
        where: { projectId: { in: projectIds } },
        select: { projectId: true, locale: true, title: true, project: { select: { originalLocale: true } } },
      })
    : [];
  const evidence = evidenceIds.length
    ? await db.evidence.findMany({
        where: { id: { in: evidenceIds } },
        select: { id: true, indicator: { select: { nameEn: true, nameZh: true, nameRu: true } } },
      })
    : [];
  const initiatives = initiativeIds.length
    ? await db.initiative.findMany({
        where: { id: { in: initiativeIds } },
        select: { id: true, titleEn: true, titleZh: true, titleRu: true },
      })
    : [];
  const out = new Map<string, string>();
  for (const id of projectIds) {
    const own = texts.filter((t) => t.projectId === id);
    const title = own[0] && pickTitle(own, own[0].project.originalLocale, locale);
    if (title) out.set(id, title);
  }
  for (const [id, indicator] of known) out.set(id, localized(indicator, "name", locale));
  for (const e of evidence) out.set(e.id, localized(e.indicator, "name", locale));
  for (const i of initiatives) out.set(i.id, localized(i, "title", locale));
  return out;
}

export async function present(
  db: Reader,
  rows: readonly NotificationRow[],
  locale: string,
  known: KnownToPresent = {},
): Promise<NotificationView[]> {
  if (rows.length === 0) return [];
  const nameOf = new Map(known.actorNames);
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => !!id && !nameOf.has(id)))];
  const names = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [];
  for (const u of names) nameOf.set(u.id, u.name);
  const subjectTitles = await titles(db, rows, locale, known.evidenceTitles);
  return rows.map((r) => ({
    ...r,
    actorName: (r.actorId && nameOf.get(r.actorId)) || "—",
    title: subjectTitles.get(r.subjectId) ?? "—",
    href: notificationHref(r.subjectType, r.subjectId, r.commentId),
  }));
}
