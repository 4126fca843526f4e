import "server-only";

import { can, type Actor } from "@/lib/auth/permissions";
import type { DbTx } from "@/lib/db/client";
import type { AppLocale } from "@/lib/i18n/routing";

import type { TargetInfo } from "./access";
import { MAX_DEPTH } from "./schema";

/** One comment as a particular reader may see it (dates as ISO strings: it crosses to the client). */
export type CommentView = {
  id: string;
  parentId: string | null;
  depth: number;
  author: { id: string; name: string; deactivated: boolean };
  state: "visible" | "deleted" | "hidden";
  /** Null when deleted, or hidden and the reader is not an organizer. */
  body: string | null;
  locale: AppLocale;
  version: number;
  createdAt: string;
  updatedAt: string;
  editedAt: string | null;
  hiddenReason: string | null;
  revisionRequest: boolean;
  resolved: { at: string; by: string } | null;
  translations: { locale: AppLocale; body: string; outdated: boolean; translator: string }[];
  reportedByMe: boolean;
  can: { edit: boolean; reply: boolean; hide: boolean; report: boolean; resolve: boolean; translate: boolean; viewRevisions: boolean };
};

export const commentInclude = {
  translations: { orderBy: { locale: "asc" } },
  reports: { select: { reporterId: true, handledAt: true } },
} as const;

type Row = {
  id: string;
  parentId: string | null;
  depth: number;
  authorId: string;
  body: string;
  locale: AppLocale;
  version: number;
  textVersion: number;
  createdAt: Date;
  updatedAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  revisionRequest: boolean;
  resolvedAt: Date | null;
  resolvedById: string | null;
  translations: { locale: AppLocale; body: string; sourceVersion: number; translatorId: string }[];
  reports: { reporterId: string; handledAt: Date | null }[];
};

/** Shapes rows for one reader: hidden and deleted bodies never leave the server unless allowed. */
export async function toViews(db: Pick<DbTx, "user">, actor: Actor, info: TargetInfo, rows: Row[]): Promise<CommentView[]> {
  const ids = new Set<string>();
  for (const r of rows) {
    ids.add(r.authorId);
    if (r.resolvedById) ids.add(r.resolvedById);
    for (const t of r.translations) ids.add(t.translatorId);
  }
  const users =
    ids.size === 0 ? [] : await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, status: true } });
  const byId = new Map(users.map((u) => [u.id, u]));
  const nameOf = (id: string | null) => (id ? (byId.get(id)?.name ?? "—") : "—");
  const moderator = can(actor, "comment.moderate");
  const resolver = info.evidence ? can(actor, "comment.resolveRevision", { organizationId: info.evidence.organizationId }) : false;
  return rows.map((r) => {
    const state = r.deletedAt ? "deleted" : r.hiddenAt ? "hidden" : "visible";
    const showBody = state === "visible" || (state === "hidden" && moderator);
    const live = state === "visible";
    const author = byId.get(r.authorId);
    return {
      id: r.id,
      parentId: r.parentId,
      depth: r.depth,
      author: { id: r.authorId, name: author?.name ?? "—", deactivated: author?.status === "DISABLED" },
      state,
      body: showBody ? r.body : null,
      locale: r.locale,
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      editedAt: r.editedAt?.toISOString() ?? null,
      hiddenReason: state === "hidden" && moderator ? r.hiddenReason : null,
      revisionRequest: r.revisionRequest,
      resolved: r.resolvedAt ? { at: r.resolvedAt.toISOString(), by: nameOf(r.resolvedById) } : null,
      translations: showBody
        ? r.translations.map((t) => ({
            locale: t.locale,
            body: t.body,
            outdated: t.sourceVersion < r.textVersion,
            translator: nameOf(t.translatorId),
          }))
        : [],
      reportedByMe: r.reports.some((p) => p.reporterId === actor.id && !p.handledAt),
      can: {
        edit: live && can(actor, "comment.editOwn", { userId: r.authorId }),
        reply: live && r.depth < MAX_DEPTH,
        hide: live && moderator,
        report: live && r.authorId !== actor.id && !r.reports.some((p) => p.reporterId === actor.id),
        resolve: live && r.revisionRequest && !r.resolvedAt && resolver,
        translate: live,
        viewRevisions: moderator && !!r.editedAt,
      },
    };
  });
}
