import { beforeEach, describe, expect, it } from "vitest";

import { listAuditEntries } from "@/lib/audit/queries";
import type { SessionUser } from "@/lib/auth/session";
import * as evidence from "@/lib/evidence/service";
import { getLandingData } from "@/lib/landing/service";

import { comment, createCommentWorld } from "./helpers/comments";
import { resetDb, testDb } from "./helpers/db";
import { fields } from "./helpers/evidence";

/**
 * Drafts are private to the organization writing them (lib/evidence/access.ts). The audit log
 * and the administrator's recent activity must not tell anyone else about them either: not the
 * draft's values, not a comment on it, not even that it exists.
 */
describe("audit log and drafts", () => {
  beforeEach(resetDb);

  const entityIds = (entries: { entityId: string }[]) => entries.map((e) => e.entityId);

  it("hides another organization's draft, its comments and its draft-time history from the audit log and recent activity", async () => {
    const w = await createCommentWorld();
    const onDraft = await comment(w.cn, w.draftTarget, "Numbers still being checked");
    const onShared = await comment(w.ru, w.sharedTarget, "Looks right");

    const { entries } = await listAuditEntries(w.admin);
    const ids = entityIds(entries);
    // The shared evidence and its comment are part of the record…
    expect(ids).toContain(w.shared.id);
    expect(ids).toContain(onShared.id);
    // …the draft and the comment on it are not.
    expect(ids).not.toContain(w.draft.id);
    expect(ids).not.toContain(onDraft.id);

    const landing = await getLandingData(w.admin as unknown as SessionUser, "en");
    if (landing.kind !== "admin") throw new Error("expected the administrator's start page");
    expect(landing.recent.map((e) => e.entityId)).not.toContain(w.draft.id);
    expect(landing.recent.map((e) => e.entityId)).not.toContain(onDraft.id);
    expect(landing.recent.length).toBeGreaterThan(0);
  });

  it("once submitted, the evidence appears from its submission on, without the earlier draft's content", async () => {
    const w = await createCommentWorld();
    await evidence.updateEvidence(w.cn, {
      id: w.draft.id,
      version: 1,
      fields: fields(w.ordinal.id, { value: 3 }),
      removeAttachmentIds: [],
    });
    await evidence.updateEvidence(
      w.cn,
      { id: w.draft.id, version: 2, fields: fields(w.ordinal.id, { value: 4 }), removeAttachmentIds: [] },
      [],
      "submit",
    );

    const { entries } = await listAuditEntries(w.admin);
    const onDraft = entries.filter((e) => e.entityId === w.draft.id);
    // create (draft) and the first update (still a draft) stay hidden; the submitting update shows.
    expect(onDraft.map((e) => e.action)).toEqual(["evidence.update"]);
    expect(onDraft[0].after).toMatchObject({ status: "SUBMITTED", value: 4 });
    // The value the draft held before submission (3) was never shared.
    expect(onDraft[0].before).toBeNull();
  });

  it("pages stay full when hidden drafts sit between visible entries", async () => {
    const w = await createCommentWorld();
    const onDraft = await comment(w.cn, w.draftTarget, "draft note");
    const onShared = await comment(w.ru, w.sharedTarget, "shared note");
    // 60 edits of each comment, interleaved (written directly: 120 real edits are slow to make).
    const edits = Array.from({ length: 60 }, () => [onDraft.id, onShared.id]).flat();
    await testDb().auditLog.createMany({
      data: edits.map((entityId) => ({ actorId: w.cn.id, action: "comment.edit", entityType: "Comment", entityId })),
    });
    const first = await listAuditEntries(w.admin, { action: "comment.edit" });
    expect(first.entries).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEntries(w.admin, { action: "comment.edit", before: first.nextCursor! });
    // 60 visible edits in all: 50 + 10, none of the 60 of the comment on the draft.
    expect(second.entries).toHaveLength(10);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.entries, ...second.entries].map((e) => e.entityId))).toEqual(new Set([onShared.id]));
  });
});
