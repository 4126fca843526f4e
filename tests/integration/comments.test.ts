import { beforeEach, describe, expect, it } from "vitest";

import { listMentionable, listOpenRevisionRequests, listRevisionRequestsForOrganization, listThread } from "@/lib/comments/queries";
import { MAX_COMMENT_LENGTH, ZCreateComment } from "@/lib/comments/schema";
import * as comments from "@/lib/comments/service";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

import { comment, commentCounts, createCommentWorld, mention } from "./helpers/comments";
import { resetDb, testDb } from "./helpers/db";

describe("comments", () => {
  beforeEach(resetDb);

  it("a Russian partner comments on Chinese evidence with a mention and a revision request; the thread shows it, audited", async () => {
    const w = await createCommentWorld();
    const c = await comment(w.ru, w.sharedTarget, `Please recheck the value, ${mention(w.cn)}.`, { revisionRequest: true, locale: "ru" });
    expect(c).toMatchObject({ state: "visible", depth: 0, revisionRequest: true, resolved: null, locale: "ru", author: { id: w.ru.id } });
    expect(await testDb().commentMention.findMany({ where: { commentId: c.id } })).toEqual([{ commentId: c.id, userId: w.cn.id }]);
    const audit = await testDb().auditLog.findMany({ where: { entityId: c.id } });
    expect(audit.map((a) => a.action)).toEqual(["comment.create"]);

    const thread = await listThread(w.cn, w.sharedTarget);
    expect(thread.comments.map((x) => x.id)).toEqual([c.id]);
    expect(thread.comments[0].can).toMatchObject({ resolve: true, edit: false, report: true, hide: false });
    expect((await listThread(w.organizer, w.sharedTarget)).comments[0].can).toMatchObject({ hide: true, resolve: false });
    // The open request shows on the evidence and on the Chinese organization's landing page.
    expect(await listOpenRevisionRequests(w.cn, w.shared.id)).toHaveLength(1);
    expect(await listRevisionRequestsForOrganization(w.cn)).toMatchObject([{ evidenceId: w.shared.id, count: 1 }]);
    expect(await listRevisionRequestsForOrganization(w.ru)).toEqual([]);
  });

  it("notifies once per person when a reply, a mention and a revision request all concern them, never the author", async () => {
    const w = await createCommentWorld();
    const question = await comment(w.cn, w.sharedTarget, "Which report is the source?");
    const answer = await comment(w.ru, w.sharedTarget, `${mention(w.cn)} the annual one; please attach it.`, {
      parentId: question.id,
      revisionRequest: true,
    });
    const forCn = await testDb().notification.findMany({ where: { recipientId: w.cn.id, commentId: answer.id } });
    expect(forCn.map((n) => n.kind)).toEqual(["MENTION"]);
    expect(await testDb().notification.count({ where: { recipientId: w.ru.id, commentId: answer.id } })).toBe(0);
  });

  it("refuses reading and writing comments on a draft another organization is writing; nothing is stored", async () => {
    const w = await createCommentWorld();
    const own = await comment(w.cn, w.draftTarget, "Internal note before submitting.");
    const before = await commentCounts();
    for (const outsider of [w.ru, w.cn2, w.organizer]) {
      await expect(listThread(outsider, w.draftTarget)).rejects.toBeInstanceOf(NotFoundError);
      await expect(comment(outsider, w.draftTarget, "Let me in")).rejects.toBeInstanceOf(NotFoundError);
      await expect(comment(outsider, w.draftTarget, "Reply", { parentId: own.id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(listMentionable(outsider, w.draftTarget, "")).rejects.toBeInstanceOf(NotFoundError);
    }
    // Unknown targets answer the same way.
    await expect(comment(w.ru, { type: "PROJECT", id: "00000000-0000-4000-8000-000000000000" }, "x")).rejects.toBeInstanceOf(NotFoundError);
    expect(await commentCounts()).toEqual(before);
    // Only the drafting organization can be mentioned on a draft, and a mention of anyone else is not stored.
    expect((await listMentionable(w.cn, w.draftTarget, "")).map((u) => u.id)).toEqual([]);
    const leaked = await comment(w.cn, w.draftTarget, `FYI ${mention(w.ru)}`);
    expect(await testDb().commentMention.count({ where: { commentId: leaked.id } })).toBe(0);
    expect((await listMentionable(w.cn, w.sharedTarget, "")).map((u) => u.id)).toContain(w.ru.id);
  });

  it("lets only the author edit or delete, and only organizers hide", async () => {
    const w = await createCommentWorld();
    const c = await comment(w.cn, w.projectTarget, "Original text");
    const before = await commentCounts();
    await expect(comments.editComment(w.ru, { id: c.id, version: c.version, body: "Hijacked", locale: "en" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      comments.editComment(w.organizer, { id: c.id, version: c.version, body: "Hijacked", locale: "en" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(comments.deleteComment(w.ru, { id: c.id, version: c.version })).rejects.toBeInstanceOf(ForbiddenError);
    const { hideComment } = await import("@/lib/comments/moderation");
    await expect(hideComment(w.ru, { id: c.id, version: c.version, reason: "I dislike it" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(hideComment(w.admin, { id: c.id, version: c.version, reason: "I dislike it" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await commentCounts()).toEqual(before);
    expect(await testDb().comment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      body: "Original text",
      version: 1,
      deletedAt: null,
      hiddenAt: null,
    });
  });

  it("refuses oversized and empty bodies with a clear code and stores nothing", async () => {
    const w = await createCommentWorld();
    const huge = "字".repeat(MAX_COMMENT_LENGTH + 1);
    expect(ZCreateComment.safeParse({ target: w.projectTarget, body: huge, locale: "zh" }).error?.issues[0].message).toBe("bodyTooLong");
    const before = await commentCounts();
    await expect(
      comments.createComment(w.cn, { target: w.projectTarget, parentId: null, body: huge, locale: "zh", revisionRequest: false }),
    ).rejects.toMatchObject({ code: "bodyTooLong" });
    await expect(
      comments.createComment(w.cn, { target: w.projectTarget, parentId: null, body: "   ", locale: "zh", revisionRequest: false }),
    ).rejects.toMatchObject({ code: "bodyRequired" });
    // The database keeps the limit too.
    await expect(
      testDb().comment.create({ data: { projectId: w.project.id, authorId: w.cn.id, body: huge, locale: "zh" } }),
    ).rejects.toThrow();
    const c = await comment(w.cn, w.projectTarget, "fine");
    await expect(comments.editComment(w.cn, { id: c.id, version: 1, body: huge, locale: "zh" })).rejects.toMatchObject({
      code: "bodyTooLong",
    });
    expect(await commentCounts()).toEqual({ ...before, comments: before.comments + 1 });
    expect(await testDb().comment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ body: "fine", version: 1 });
  });

  it("nests replies at most three levels deep", async () => {
    const w = await createCommentWorld();
    const l1 = await comment(w.cn, w.projectTarget, "level 1");
    const l2 = await comment(w.ru, w.projectTarget, "level 2", { parentId: l1.id });
    const l3 = await comment(w.cn, w.projectTarget, "level 3", { parentId: l2.id });
    expect([l1.depth, l2.depth, l3.depth]).toEqual([0, 1, 2]);
    expect(l3.can.reply).toBe(false);
    await expect(comment(w.ru, w.projectTarget, "level 4", { parentId: l3.id })).rejects.toMatchObject({ code: "tooDeep" });
    // A parent from another thread is refused as unknown.
    const other = await comment(w.cn, w.sharedTarget, "elsewhere");
    await expect(comment(w.ru, w.projectTarget, "cross", { parentId: other.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(comment(w.ru, w.projectTarget, "revision?", { revisionRequest: true })).rejects.toMatchObject({
      code: "revisionOnlyOnEvidence",
    });
    expect(await testDb().comment.count({ where: { projectId: w.project.id } })).toBe(3);
  });

  it("refuses a stale edit, keeps previous versions for organizers and marks translations outdated", async () => {
    const w = await createCommentWorld();
    const c = await comment(w.ru, w.projectTarget, "Срок поставки — март.", { locale: "ru" });
    const translated = await comments.translateComment(w.cn, { id: c.id, locale: "zh", body: "交货期为三月。" });
    expect(translated.translations).toMatchObject([{ locale: "zh", body: "交货期为三月。", outdated: false }]);
    await expect(comments.translateComment(w.cn, { id: c.id, locale: "ru", body: "same" })).rejects.toMatchObject({
      code: "translationSameLanguage",
    });

    const edited = await comments.editComment(w.ru, { id: c.id, version: c.version, body: "Срок поставки — апрель.", locale: "ru" });
    expect(edited).toMatchObject({ version: 2, body: "Срок поставки — апрель." });
    expect(edited.editedAt).not.toBeNull();
    expect(edited.translations).toMatchObject([{ locale: "zh", outdated: true }]);

    await expect(comments.editComment(w.ru, { id: c.id, version: 1, body: "Stale", locale: "ru" })).rejects.toMatchObject({
      code: "staleVersion",
    });
    expect(await testDb().comment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      body: "Срок поставки — апрель.",
      version: 2,
    });

    const { listRevisions } = await import("@/lib/comments/moderation");
    expect((await listRevisions(w.organizer, c.id)).map((r) => r.body)).toEqual(["Срок поставки — март."]);
    await expect(listRevisions(w.cn, c.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listThread(w.cn, w.projectTarget)).comments[0].can.viewRevisions).toBe(false);
    expect((await listThread(w.organizer, w.projectTarget)).comments[0].can.viewRevisions).toBe(true);
    // A fresh translation is current again.
    const retranslated = await comments.translateComment(w.cn2, { id: c.id, locale: "zh", body: "交货期为四月。" });
    expect(retranslated.translations).toMatchObject([{ locale: "zh", outdated: false }]);
  });

  it("lets only the evidence's own organization resolve a revision request", async () => {
    const w = await createCommentWorld();
    const req = await comment(w.ru, w.sharedTarget, "Attach the acceptance certificate.", { revisionRequest: true });
    for (const other of [w.ru, w.cn2, w.organizer, w.admin]) {
      await expect(comments.resolveRevisionRequest(other, { id: req.id, version: req.version })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await listOpenRevisionRequests(w.cn, w.shared.id)).toHaveLength(1);
    const resolved = await comments.resolveRevisionRequest(w.cn, { id: req.id, version: req.version });
    expect(resolved.resolved?.by).toBe(w.cn.name);
    await expect(comments.resolveRevisionRequest(w.cn, { id: req.id, version: resolved.version })).rejects.toMatchObject({
      code: "alreadyResolved",
    });
    expect(await listOpenRevisionRequests(w.cn, w.shared.id)).toHaveLength(0);
    expect(await listRevisionRequestsForOrganization(w.cn)).toEqual([]);
  });

  it("soft-deletes with a placeholder that keeps replies; deactivated authors stay attributed", async () => {
    const w = await createCommentWorld();
    const parent = await comment(w.ru, w.projectTarget, "Parent");
    const reply = await comment(w.cn, w.projectTarget, "Reply", { parentId: parent.id });
    await comments.deleteComment(w.ru, { id: parent.id, version: parent.version });
    await testDb().user.update({ where: { id: w.cn.id }, data: { status: "DISABLED" } });
    const thread = (await listThread(w.cn2, w.projectTarget)).comments;
    expect(thread.find((c) => c.id === parent.id)).toMatchObject({ state: "deleted", body: null, can: { reply: false, report: false } });
    expect(thread.find((c) => c.id === reply.id)).toMatchObject({
      state: "visible",
      body: "Reply",
      parentId: parent.id,
      author: { name: w.cn.name, deactivated: true },
    });
    await expect(comments.editComment(w.ru, { id: parent.id, version: 2, body: "back", locale: "en" })).rejects.toMatchObject({
      code: "commentGone",
    });
    expect((await testDb().auditLog.findMany({ where: { entityId: parent.id }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual([
      "comment.create",
      "comment.delete",
    ]);
  });
});
