import { beforeEach, describe, expect, it } from "vitest";

import { createComment } from "@/lib/comments/service";
import { NotFoundError } from "@/lib/errors";
import * as evidence from "@/lib/evidence/service";
import { submitEvidence, withdrawEvidence } from "@/lib/evidence/transitions";
import { setFollowing } from "@/lib/follows/service";
import { queueDigests } from "@/lib/jobs/digest";
import { deliverMail } from "@/lib/mail/outbox";
import { listNotifications, unreadCount } from "@/lib/notifications/inbox";

import { createUser, resetDb, testDb } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";
import { inbox, setChannel } from "./helpers/notifications";

/**
 * Issue 12, item 3: a comment on a draft evidence item notified the followers of its project in
 * other organizations, author and indicator name included. Nobody who may not read the subject
 * is notified, mailed or sent a digest about it, and another organization's draft answers "not
 * found" to edits, submits and withdrawals as it does to reads.
 */
async function draftWorld() {
  const catalog = await createCatalog();
  const w = await createProjectWorld();
  const colleague = await createUser({ organizationId: w.cn.organizationId });
  // Followers outside the drafting organization: implicit (members ru, cn2) and explicit (organizer, outsider).
  await setFollowing(w.organizer, { type: "PROJECT", id: w.project.id }, true);
  await setFollowing(w.outsider, { type: "PROJECT", id: w.project.id }, true);
  const draft = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(catalog.percent.id) });
  return { ...w, ...catalog, colleague, draft };
}

const comment = (actor: { id: string; role: string; organizationId: string | null }, evidenceId: string, body = "Check the base year") =>
  createComment(actor, { target: { type: "EVIDENCE", id: evidenceId }, parentId: null, body, locale: "en", revisionRequest: false });

describe("notifications about draft evidence", () => {
  beforeEach(resetDb);

  it("reach only the drafting organization, whoever follows the project", async () => {
    const w = await draftWorld();
    await comment(w.cn, w.draft.id);
    expect((await inbox(w.colleague.id)).map((n) => [n.kind, n.evidenceId])).toEqual([["NEW_COMMENT", w.draft.id]]);
    for (const outsider of [w.ru, w.cn2, w.organizer, w.outsider, w.admin]) {
      expect(await inbox(outsider.id)).toEqual([]);
      expect(await unreadCount(outsider)).toBe(0);
    }
    // Once submitted, the item is shared and the project's followers hear of new comments.
    await submitEvidence(w.cn, { id: w.draft.id, version: w.draft.version });
    await comment(w.cn, w.draft.id, "Submitted now");
    for (const follower of [w.cn2, w.organizer, w.outsider]) {
      expect((await inbox(follower.id)).map((n) => n.kind)).toEqual(["NEW_COMMENT"]);
    }
  });

  it("are neither mailed nor put in a digest to someone who can no longer read the draft", async () => {
    const w = await draftWorld();
    const [mailed, digested] = [w.colleague, await createUser({ organizationId: w.cn.organizationId })];
    await setChannel(mailed.id, "NEW_COMMENT", "EMAIL");
    await setChannel(digested.id, "NEW_COMMENT", "DIGEST");
    await comment(w.cn, w.draft.id);
    const [mail] = await testDb().emailOutbox.findMany({ where: { recipientId: mailed.id } });
    expect(mail.status).toBe("QUEUED");

    // Both move to another organization before the mail leaves and before the digest runs.
    for (const user of [mailed, digested])
      await testDb().user.update({ where: { id: user.id }, data: { organizationId: w.cn2.organizationId } });
    expect(await deliverMail(testDb(), mail.id, null)).toBe("WITHHELD");
    expect((await testDb().emailOutbox.findUniqueOrThrow({ where: { id: mail.id } })).status).toBe("WITHHELD");
    expect(await queueDigests(testDb())).toEqual([]);
    expect(await testDb().emailOutbox.count({ where: { recipientId: digested.id } })).toBe(0);
    // The inbox applies the same rule: nothing about the draft is shown or counted any more.
    const moved = { ...digested, organizationId: w.cn2.organizationId };
    expect((await listNotifications(moved, "en")).items).toEqual([]);
    expect(await unreadCount(moved)).toBe(0);
  });

  it("drop from a digest only the items the reader may no longer read", async () => {
    const w = await draftWorld();
    const reader = await createUser({ organizationId: w.cn.organizationId });
    await setChannel(reader.id, "NEW_COMMENT", "DIGEST");
    const shared = await evidence.createEvidence(
      w.cn,
      { projectId: w.project.id, fields: fields(w.ordinal.id, { value: 2 }) },
      [],
      "submit",
    );
    await comment(w.cn, w.draft.id, "On the draft");
    await comment(w.cn, shared.id, "On the submitted one");
    const [digest] = await queueDigests(testDb());
    await testDb().user.update({ where: { id: reader.id }, data: { organizationId: w.cn2.organizationId } });
    // Queued while still readable; by delivery time only the submitted item may be told.
    const mail = await testDb().emailOutbox.findUniqueOrThrow({ where: { id: digest } });
    expect(mail.textBody).toContain(`/evidence/${w.draft.id}`);
    expect(await deliverMail(testDb(), digest, null)).toBe("STORED");
    const sent = await testDb().emailOutbox.findUniqueOrThrow({ where: { id: digest } });
    expect(sent.textBody).toContain(`/evidence/${shared.id}`);
    expect(sent.textBody).not.toContain(`/evidence/${w.draft.id}`);
    expect(sent.htmlBody).not.toContain("Localization rate");
  });
});

describe("another organization's draft", () => {
  beforeEach(resetDb);

  it("answers 'not found' to edits, submits and withdrawals, and stays unchanged", async () => {
    const w = await draftWorld();
    const ref = { id: w.draft.id, version: w.draft.version };
    // cn2 is a member of the project (evidence.edit would otherwise be refused as forbidden).
    for (const stranger of [w.cn2, w.ru, w.organizer, w.admin]) {
      await expect(submitEvidence(stranger, ref)).rejects.toBeInstanceOf(NotFoundError);
      await expect(withdrawEvidence(stranger, ref)).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        evidence.updateEvidence(stranger, { ...ref, fields: fields(w.percent.id, { value: 1 }), removeAttachmentIds: [] }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await testDb().evidence.findUniqueOrThrow({ where: { id: w.draft.id } })).toMatchObject({
      status: "DRAFT",
      version: 1,
      value: 42,
    });
  });
});
