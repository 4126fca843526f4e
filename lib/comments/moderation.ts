import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { targetOf } from "@/lib/db/target-arc";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";
import { signalCommentChange } from "@/lib/realtime/notify";

import type { THideComment, TReportComment } from "./schema";
import { assertLive, loadCommentOrThrow } from "./service";

/** Anyone signed in who can read the comment reports it to organizers, once. */
export async function reportComment(actor: Actor, input: TReportComment) {
  assertCan(actor, "comment.report");
  return getDb()
    .$transaction(async (tx) => {
      const { comment } = await loadCommentOrThrow(tx, actor, input.id);
      assertLive(comment);
      if (comment.authorId === actor.id) throw new ValidationError("cannotReportOwn");
      const report = await tx.commentReport.create({ data: { commentId: comment.id, reporterId: actor.id, reason: input.reason } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "comment.report",
        entityType: "Comment",
        entityId: comment.id,
        after: { reportId: report.id, reason: input.reason },
      });
      return { id: report.id };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new ConflictError("alreadyReported");
      throw error;
    });
}

/** Organizers hide an abusive comment with a reason; its open reports are settled with it. */
export async function hideComment(actor: Actor, input: THideComment) {
  assertCan(actor, "comment.moderate");
  return getDb().$transaction(async (tx) => {
    const { comment } = await loadCommentOrThrow(tx, actor, input.id);
    assertLive(comment);
    const now = new Date();
    const { count } = await tx.comment.updateMany({
      where: { id: input.id, version: input.version },
      data: { hiddenAt: now, hiddenById: actor.id, hiddenReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    await tx.commentReport.updateMany({
      where: { commentId: comment.id, handledAt: null },
      data: { handledAt: now, handledById: actor.id, outcome: "HIDDEN" },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.hide",
      entityType: "Comment",
      entityId: comment.id,
      before: { body: comment.body },
      after: { reason: input.reason },
    });
    const target = targetOf(comment);
    await signalCommentChange(tx, { targetType: target.type, targetId: target.id, commentId: comment.id });
    return { id: comment.id };
  });
}

/** Organizers close the open reports on a comment without hiding it. */
export async function dismissReports(actor: Actor, input: { id: string }) {
  assertCan(actor, "comment.moderate");
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.commentReport.updateMany({
      where: { commentId: input.id, handledAt: null },
      data: { handledAt: new Date(), handledById: actor.id, outcome: "DISMISSED" },
    });
    if (count === 0) throw new NotFoundError();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.dismissReports",
      entityType: "Comment",
      entityId: input.id,
      after: { dismissed: count },
    });
    return { dismissed: count };
  });
}

const TARGET_PATHS = { PROJECT: "/projects", EVIDENCE: "/evidence", INITIATIVE: "/initiatives" } as const;

/** The reports queue: comments with open reports, oldest report first. */
export async function listReportQueue(actor: Actor) {
  assertCan(actor, "comment.moderate");
  const db = getDb();
  const comments = await db.comment.findMany({
    where: { reports: { some: { handledAt: null } } },
    include: { reports: { where: { handledAt: null }, orderBy: { createdAt: "asc" } } },
    take: 100,
  });
  const ids = new Set(comments.flatMap((c) => [c.authorId, ...c.reports.map((r) => r.reporterId)]));
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  const name = (id: string) => users.find((u) => u.id === id)?.name ?? "—";
  const hrefOf = (c: (typeof comments)[number]) => {
    const target = targetOf(c);
    return `${TARGET_PATHS[target.type]}/${target.id}#comment-${c.id}`;
  };
  return comments
    .map((c) => ({
      id: c.id,
      version: c.version,
      body: c.body,
      author: name(c.authorId),
      createdAt: c.createdAt,
      hidden: c.hiddenAt !== null,
      deleted: c.deletedAt !== null,
      href: hrefOf(c),
      reports: c.reports.map((r) => ({ id: r.id, reporter: name(r.reporterId), reason: r.reason, createdAt: r.createdAt })),
    }))
    .sort((a, b) => a.reports[0].createdAt.getTime() - b.reports[0].createdAt.getTime());
}

/** Previous bodies of an edited comment, newest first: organizers only. */
export async function listRevisions(actor: Actor, id: string) {
  assertCan(actor, "comment.moderate");
  assertUuid(id);
  const revisions = await getDb().commentRevision.findMany({
    where: { commentId: id },
    orderBy: { createdAt: "desc" },
    select: { id: true, body: true, locale: true, createdAt: true },
  });
  return revisions.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
