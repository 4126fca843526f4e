import { beforeEach, describe, expect, it } from "vitest";

import { ForbiddenError, NotFoundError } from "@/lib/errors";
import * as evidence from "@/lib/evidence/service";
import { decideEvidence } from "@/lib/evidence/transitions";
import { followersOf, followState, setFollowing } from "@/lib/follows/service";
import { landingInitiatives } from "@/lib/initiatives/landing";
import { ZCreateInitiative, ZPostUpdate } from "@/lib/initiatives/schema";
import * as initiatives from "@/lib/initiatives/service";
import { listNotifications, markAllRead, markRead, openNotification, unreadCount } from "@/lib/notifications/inbox";
import { seedRecommendations } from "@/lib/seed/recommendations";

import { createOrganization, createUser, resetDb, testDb } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";
import { inbox, notifyNow, storedComment } from "./helpers/notifications";

async function world() {
  const catalog = await createCatalog();
  const w = await createProjectWorld();
  return { ...catalog, ...w };
}

describe("notify()", () => {
  beforeEach(resetDb);

  it("keeps one notification per person and comment, of the most specific kind, and never notifies the actor", async () => {
    const w = await world();
    const created = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id) });
    // Shared with the project (a draft is told only to its organization: notifications-drafts.test.ts).
    await testDb().evidence.update({ where: { id: created.id }, data: { status: "SUBMITTED" } });
    const subject = { type: "EVIDENCE" as const, id: created.id };
    const commentId = await storedComment(subject, w.ru.id);
    await notifyNow([
      { kind: "NEW_COMMENT", recipientIds: [], actorId: w.ru.id, subject, commentId },
      { kind: "COMMENT_REPLY", recipientIds: [w.cn.id], actorId: w.ru.id, subject, commentId },
      { kind: "REVISION_REQUEST", recipientIds: [w.cn.id], actorId: w.ru.id, subject, commentId },
      { kind: "MENTION", recipientIds: [w.cn.id, w.ru.id], actorId: w.ru.id, subject, commentId },
    ]);
    const cn = await inbox(w.cn.id);
    expect(cn.map((n) => n.kind)).toEqual(["MENTION"]);
    expect(cn[0]).toMatchObject({ actorId: w.ru.id, commentId, evidenceId: subject.id, projectId: null, initiativeId: null, readAt: null });
    // The other followers of the evidence's project get the broadcast; the actor gets nothing.
    expect((await inbox(w.cn2.id)).map((n) => n.kind)).toEqual(["NEW_COMMENT"]);
    expect(await inbox(w.ru.id)).toEqual([]);
    expect(await inbox(w.outsider.id)).toEqual([]);
  });

  it("skips deactivated users and reads the sentence in the reader's language, linking to the comment", async () => {
    const w = await world();
    await testDb().user.update({ where: { id: w.cn2.id }, data: { status: "DISABLED" } });
    const subject = { type: "PROJECT" as const, id: w.project.id };
    const commentId = await storedComment(subject, w.ru.id);
    await notifyNow([{ kind: "MENTION", recipientIds: [w.cn.id, w.cn2.id], actorId: w.ru.id, subject, commentId }]);
    expect(await inbox(w.cn2.id)).toEqual([]);
    const { items, unread } = await listNotifications(w.cn, "en");
    expect(unread).toBe(1);
    expect(items[0]).toMatchObject({
      title: "Joint robot assembly line",
      actorName: "Test User",
      href: `/projects/${w.project.id}#comment-${commentId}`,
    });
  });
});

describe("verification triggers", () => {
  beforeEach(resetDb);

  it("asks the other country's partners to verify submitted evidence, and tells the author's organization the decision", async () => {
    const w = await world();
    const submitted = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(w.percent.id) }, [], "submit");
    expect((await inbox(w.ru.id)).map((n) => [n.kind, n.evidenceId])).toEqual([["VERIFICATION_REQUESTED", submitted.id]]);
    expect(await inbox(w.cn.id)).toEqual([]);
    expect(await inbox(w.cn2.id)).toEqual([]); // same country: not a verifier
    expect(await inbox(w.outsider.id)).toEqual([]);

    const colleague = await createUser({ organizationId: w.cn.organizationId });
    await decideEvidence(w.ru, { id: submitted.id, version: 1, decision: "DISPUTE", reason: "Figures differ from the report" });
    expect((await inbox(w.cn.id)).map((n) => n.kind)).toEqual(["EVIDENCE_DISPUTED"]);
    expect((await inbox(colleague.id)).map((n) => n.kind)).toEqual(["EVIDENCE_DISPUTED"]);
    expect((await inbox(w.ru.id)).map((n) => [n.kind, !!n.readAt])).toEqual([["VERIFICATION_REQUESTED", true]]); // settled
    const [view] = (await listNotifications(w.cn, "ru")).items;
    expect(view).toMatchObject({ kind: "EVIDENCE_DISPUTED", title: "Уровень локализации", href: `/evidence/${submitted.id}` });
  });
});

describe("the inbox", () => {
  beforeEach(resetDb);

  it("marks one, then all, read; opening leads to the item; another user's notifications are refused and unchanged", async () => {
    const w = await world();
    const subject = { type: "PROJECT" as const, id: w.project.id };
    const [mentioning, another] = [await storedComment(subject, w.ru.id), await storedComment(subject, w.ru.id)];
    await notifyNow([{ kind: "MENTION", recipientIds: [w.cn.id], actorId: w.ru.id, subject, commentId: mentioning }]);
    await notifyNow([
      {
        kind: "NEW_COMMENT",
        recipientIds: [w.cn.id, w.cn2.id],
        actorId: w.ru.id,
        subject,
        commentId: another,
      },
    ]);
    const [first, second] = await inbox(w.cn.id);
    const [others] = await inbox(w.cn2.id);
    expect(await unreadCount(w.cn)).toBe(2);

    await expect(markRead(w.cn2, [first.id])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(openNotification(w.cn2, first.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(markRead(w.cn, ["not-a-uuid"])).rejects.toBeInstanceOf(NotFoundError);
    expect(await unreadCount(w.cn)).toBe(2);

    expect(await openNotification(w.cn, first.id)).toBe(`/projects/${w.project.id}#comment-${mentioning}`);
    expect(await unreadCount(w.cn)).toBe(1);
    expect((await listNotifications(w.cn, "en")).items.map((i) => [i.id, !!i.readAt])).toEqual([
      [second.id, false],
      [first.id, true],
    ]);
    await markAllRead(w.cn);
    expect(await unreadCount(w.cn)).toBe(0);
    // Marking all of mine left the other user's alone.
    expect((await testDb().notification.findUniqueOrThrow({ where: { id: others.id } })).readAt).toBeNull();
  });
});

describe("following", () => {
  beforeEach(resetDb);

  it("follows the own organization's projects implicitly until unfollowed; anyone may follow explicitly", async () => {
    const w = await world();
    const subject = { type: "PROJECT" as const, id: w.project.id };
    expect((await followersOf(testDb(), subject)).sort()).toEqual([w.cn.id, w.cn2.id, w.ru.id].sort());
    expect(await followState(w.cn, subject)).toEqual({ following: true, implicit: true });

    await setFollowing(w.cn2, subject, false);
    await setFollowing(w.outsider, subject, true);
    expect(await followState(w.cn2, subject)).toEqual({ following: false, implicit: true });
    expect(await followState(w.outsider, subject)).toEqual({ following: true, implicit: false });
    expect((await followersOf(testDb(), subject)).sort()).toEqual([w.cn.id, w.ru.id, w.outsider.id].sort());
    expect(await testDb().auditLog.count({ where: { action: { in: ["follow.follow", "follow.unfollow"] } } })).toBe(2);

    await notifyNow([
      { kind: "NEW_COMMENT", recipientIds: [], actorId: w.ru.id, subject, commentId: await storedComment(subject, w.ru.id) },
    ]);
    expect((await inbox(w.outsider.id)).length).toBe(1);
    expect(await inbox(w.cn2.id)).toEqual([]);
    await expect(setFollowing(w.cn, { type: "PROJECT", id: "5b0b0b0b-0000-4000-8000-000000000000" }, true)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("tells an initiative's followers of its changes and lists followed initiatives on the landing page", async () => {
    await seedRecommendations(testDb());
    const rec = await testDb().recommendation.findUniqueOrThrow({ where: { code: "DG-2" } });
    const [cnOrg, ruOrg] = [await createOrganization({ country: "CN" }), await createOrganization({ country: "RU" })];
    const organizer = await createUser({ role: "ORGANIZER" });
    const owner = await createUser({ organizationId: ruOrg.id });
    const follower = await createUser({ role: "PARTNER" });
    const quitter = await createUser({ organizationId: cnOrg.id });
    const created = await initiatives.createInitiative(
      organizer,
      ZCreateInitiative.parse({
        recommendationId: rec.id,
        titleEn: "Data agreement template",
        titleZh: "数据协议范本",
        titleRu: "Типовое соглашение о данных",
        startDate: "2026-01-01",
        dueDate: "2026-12-31",
        ownerOrgIds: [cnOrg.id, ruOrg.id],
        milestones: [{ title: "Draft", dueDate: "2026-03-01", weight: 1 }],
      }),
    );
    const subject = { type: "INITIATIVE" as const, id: created.id };
    await setFollowing(follower, subject, true);
    await setFollowing(quitter, subject, false);
    expect((await landingInitiatives(follower)).map((r) => r.id)).toEqual([created.id]);
    expect((await landingInitiatives(owner)).map((r) => r.id)).toEqual([created.id]);
    expect(await landingInitiatives(quitter)).toEqual([]);

    await initiatives.postUpdate(owner, ZPostUpdate.parse({ initiativeId: created.id, body: "Draft circulated" }));
    expect((await inbox(follower.id)).map((n) => n.kind)).toEqual(["INITIATIVE_CHANGED"]);
    expect(await inbox(owner.id)).toEqual([]); // the actor
    expect(await inbox(quitter.id)).toEqual([]); // unfollowed
    const [view] = (await listNotifications(follower, "zh")).items;
    expect(view).toMatchObject({ title: "数据协议范本", href: `/initiatives/${created.id}` });
  });
});
