import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type DbTx, type Prisma } from "@/lib/db/client";
import { arcOf, targetOf } from "@/lib/db/target-arc";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { withWriteLimit } from "@/lib/limits/rate";
import { notify, type NotificationEvent } from "@/lib/notifications/service";
import { signalCommentChange } from "@/lib/realtime/notify";

import { loadTargetOrThrow, readersWhere, type TargetInfo } from "./access";
import { mentionedIds } from "./mentions";
import {
  MAX_COMMENT_LENGTH,
  MAX_DEPTH,
  type TCommentVersion,
  type TCreateComment,
  type TEditComment,
  type TTranslateComment,
} from "./schema";
import { commentInclude, toViews } from "./view";

type CommentRow = Prisma.CommentModel;

/** The comment and its target, once the actor is known to be able to read that target. */
export async function loadCommentOrThrow(tx: DbTx, actor: Actor, id: string): Promise<{ comment: CommentRow; info: TargetInfo }> {
  const comment = await tx.comment.findUnique({ where: { id } });
  if (!comment) throw new NotFoundError();
  const info = await loadTargetOrThrow(tx, actor, targetOf(comment));
  return { comment, info };
}

/** Deleted and hidden comments keep their place in the thread but take no further changes. */
export function assertLive(comment: { deletedAt: Date | null; hiddenAt: Date | null }) {
  if (comment.deletedAt || comment.hiddenAt) throw new ValidationError("commentGone");
}

/** The schema already refused these; services called directly (scripts, tests) get the same answer. */
function assertBody(body: string) {
  if (body.trim().length === 0) throw new ValidationError("bodyRequired", "body");
  if (body.length > MAX_COMMENT_LENGTH) throw new ValidationError("bodyTooLong", "body");
}

/** Mentioned ids narrowed to active people who can see the target; others are not stored. */
async function mentionable(tx: DbTx, info: TargetInfo, body: string, actorId: string): Promise<string[]> {
  const ids = mentionedIds(body).filter((id) => id !== actorId);
  if (ids.length === 0) return [];
  const users = await tx.user.findMany({ where: { ...readersWhere(info), id: { in: ids } }, select: { id: true } });
  return users.map((u) => u.id);
}

async function viewOf(tx: DbTx, actor: Actor, info: TargetInfo, id: string) {
  const row = await tx.comment.findUniqueOrThrow({ where: { id }, include: commentInclude });
  return (await toViews(tx, actor, info, [row]))[0];
}

async function signal(tx: DbTx, comment: CommentRow) {
  const target = targetOf(comment);
  await signalCommentChange(tx, { targetType: target.type, targetId: target.id, commentId: comment.id });
}

const audited = (c: { body: string; locale: string; parentId?: string | null; revisionRequest?: boolean }) => ({
  body: c.body,
  locale: c.locale,
  ...(c.parentId !== undefined ? { parentId: c.parentId } : {}),
  ...(c.revisionRequest !== undefined ? { revisionRequest: c.revisionRequest } : {}),
});

export async function createComment(actor: Actor, input: TCreateComment) {
  assertBody(input.body);
  return withWriteLimit(actor.id, "comment", 1, () => insertComment(actor, input));
}

async function insertComment(actor: Actor, input: TCreateComment) {
  return getDb().$transaction(async (tx) => {
    const info = await loadTargetOrThrow(tx, actor, input.target);
    if (input.revisionRequest && input.target.type !== "EVIDENCE") throw new ValidationError("revisionOnlyOnEvidence");
    let depth = 0;
    let parentAuthorId: string | null = null;
    if (input.parentId) {
      const parent = await tx.comment.findUnique({ where: { id: input.parentId } });
      const parentTarget = parent && targetOf(parent);
      if (!parentTarget || parentTarget.type !== input.target.type || parentTarget.id !== input.target.id) throw new NotFoundError();
      assertLive(parent);
      if (parent.depth >= MAX_DEPTH) throw new ValidationError("tooDeep");
      depth = parent.depth + 1;
      parentAuthorId = parent.authorId;
    }
    const mentions = await mentionable(tx, info, input.body, actor.id);
    const comment = await tx.comment.create({
      data: {
        ...arcOf(input.target),
        parentId: input.parentId,
        depth,
        authorId: actor.id,
        body: input.body,
        locale: input.locale,
        revisionRequest: input.revisionRequest,
        mentions: { create: mentions.map((userId) => ({ userId })) },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.create",
      entityType: "Comment",
      entityId: comment.id,
      after: { ...audited(comment), target: input.target, mentions },
    });

    const base = { actorId: actor.id, subject: input.target, commentId: comment.id };
    const events: NotificationEvent[] = [{ ...base, kind: "NEW_COMMENT", recipientIds: [] }];
    if (parentAuthorId) events.push({ ...base, kind: "COMMENT_REPLY", recipientIds: [parentAuthorId] });
    if (mentions.length > 0) events.push({ ...base, kind: "MENTION", recipientIds: mentions });
    if (input.revisionRequest && info.evidence) {
      // The evidence's authors: the partners of the organization that entered it.
      const authors = await tx.user.findMany({
        where: { organizationId: info.evidence.organizationId, status: "ACTIVE", role: "PARTNER" },
        select: { id: true },
      });
      events.push({ ...base, kind: "REVISION_REQUEST", recipientIds: authors.map((u) => u.id) });
    }
    await notify(tx, events);
    await signal(tx, comment);
    return viewOf(tx, actor, info, comment.id);
  });
}

/** Only the author edits; the replaced body is kept for organizers and translations go outdated. */
export async function editComment(actor: Actor, input: TEditComment) {
  assertBody(input.body);
  return getDb().$transaction(async (tx) => {
    const { comment: before, info } = await loadCommentOrThrow(tx, actor, input.id);
    assertCan(actor, "comment.editOwn", { userId: before.authorId });
    assertLive(before);
    const bodyChanged = before.body !== input.body;
    const { count } = await tx.comment.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        body: input.body,
        locale: input.locale,
        version: { increment: 1 },
        ...(bodyChanged ? { textVersion: { increment: 1 }, editedAt: new Date() } : {}),
      },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    if (bodyChanged) await tx.commentRevision.create({ data: { commentId: before.id, body: before.body, locale: before.locale } });
    // Only people mentioned for the first time are told.
    const known = await tx.commentMention.findMany({ where: { commentId: before.id }, select: { userId: true } });
    const added = (await mentionable(tx, info, input.body, actor.id)).filter((id) => !known.some((k) => k.userId === id));
    if (added.length > 0) {
      await tx.commentMention.createMany({ data: added.map((userId) => ({ commentId: before.id, userId })) });
      await notify(tx, [{ kind: "MENTION", recipientIds: added, actorId: actor.id, subject: info.target, commentId: before.id }]);
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.edit",
      entityType: "Comment",
      entityId: before.id,
      before: audited(before),
      after: audited(input),
    });
    await signal(tx, before);
    return viewOf(tx, actor, info, before.id);
  });
}

/** Soft delete: the placeholder keeps replies in place. */
export async function deleteComment(actor: Actor, input: TCommentVersion) {
  return getDb().$transaction(async (tx) => {
    const { comment: before, info } = await loadCommentOrThrow(tx, actor, input.id);
    assertCan(actor, "comment.editOwn", { userId: before.authorId });
    assertLive(before);
    const { count } = await tx.comment.updateMany({
      where: { id: input.id, version: input.version },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.delete",
      entityType: "Comment",
      entityId: before.id,
      before: audited(before),
    });
    await signal(tx, before);
    return viewOf(tx, actor, info, before.id);
  });
}

/** Any reader adds or revises a translation into another language. */
export async function translateComment(actor: Actor, input: TTranslateComment) {
  assertBody(input.body);
  return getDb().$transaction(async (tx) => {
    const { comment, info } = await loadCommentOrThrow(tx, actor, input.id);
    assertLive(comment);
    if (comment.locale === input.locale) throw new ValidationError("translationSameLanguage", "locale");
    const key = { commentId_locale: { commentId: comment.id, locale: input.locale } };
    const before = await tx.commentTranslation.findUnique({ where: key });
    const fields = { body: input.body, sourceVersion: comment.textVersion, translatorId: actor.id };
    await tx.commentTranslation.upsert({ where: key, create: { commentId: comment.id, locale: input.locale, ...fields }, update: fields });
    // Touch the comment so readers polling for changes pick the translation up.
    await tx.comment.update({ where: { id: comment.id }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.translate",
      entityType: "Comment",
      entityId: comment.id,
      before: before ?? undefined,
      after: { locale: input.locale, body: input.body },
    });
    await signal(tx, comment);
    return viewOf(tx, actor, info, comment.id);
  });
}

/** A revision request is closed by a partner of the organization that entered the evidence. */
export async function resolveRevisionRequest(actor: Actor, input: TCommentVersion) {
  return getDb().$transaction(async (tx) => {
    const { comment, info } = await loadCommentOrThrow(tx, actor, input.id);
    assertCan(actor, "comment.resolveRevision", { organizationId: info.evidence?.organizationId ?? null });
    assertLive(comment);
    if (!comment.revisionRequest) throw new ValidationError("notRevisionRequest");
    if (comment.resolvedAt) throw new ConflictError("alreadyResolved");
    const { count } = await tx.comment.updateMany({
      where: { id: input.id, version: input.version },
      data: { resolvedAt: new Date(), resolvedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("staleVersion");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.resolve",
      entityType: "Comment",
      entityId: comment.id,
      after: { resolved: true },
    });
    await signal(tx, comment);
    return viewOf(tx, actor, info, comment.id);
  });
}
