import { beforeEach, describe, expect, it } from "vitest";

import { dismissReports, hideComment, listReportQueue, reportComment } from "@/lib/comments/moderation";
import { listThread } from "@/lib/comments/queries";
import { ForbiddenError } from "@/lib/errors";

import { comment, createCommentWorld } from "./helpers/comments";
import { resetDb, testDb } from "./helpers/db";

describe("comment moderation", () => {
  beforeEach(resetDb);

  it("anyone signed in reports once; an organizer hides with a reason and only organizers still see the text", async () => {
    const w = await createCommentWorld();
    const abusive = await comment(w.ru, w.projectTarget, "Something abusive");
    await expect(reportComment(w.ru, { id: abusive.id, reason: "mine" })).rejects.toMatchObject({ code: "cannotReportOwn" });
    await reportComment(w.cn, { id: abusive.id, reason: "Insulting language" });
    await reportComment(w.admin, { id: abusive.id, reason: "Off topic" });
    await expect(reportComment(w.cn, { id: abusive.id, reason: "again" })).rejects.toMatchObject({ code: "alreadyReported" });
    expect((await listThread(w.cn, w.projectTarget)).comments[0]).toMatchObject({ reportedByMe: true, can: { report: false } });

    await expect(listReportQueue(w.cn)).rejects.toBeInstanceOf(ForbiddenError);
    const queue = await listReportQueue(w.organizer);
    expect(queue).toMatchObject([{ id: abusive.id, body: "Something abusive", href: `/projects/${w.project.id}#comment-${abusive.id}` }]);
    expect(queue[0].reports.map((r) => r.reason)).toEqual(["Insulting language", "Off topic"]);

    await hideComment(w.organizer, { id: abusive.id, version: abusive.version, reason: "Violates the code of conduct" });
    expect(await listReportQueue(w.organizer)).toEqual([]);
    expect(await testDb().commentReport.findMany({ where: { commentId: abusive.id } })).toMatchObject([
      { outcome: "HIDDEN" },
      { outcome: "HIDDEN" },
    ]);
    const asPartner = (await listThread(w.cn2, w.projectTarget)).comments[0];
    expect(asPartner).toMatchObject({ state: "hidden", body: null, hiddenReason: null, translations: [] });
    const asOrganizer = (await listThread(w.organizer, w.projectTarget)).comments[0];
    expect(asOrganizer).toMatchObject({ state: "hidden", body: "Something abusive", hiddenReason: "Violates the code of conduct" });
    // Hidden comments take no further changes, not even from their author.
    await expect(reportComment(w.cn2, { id: abusive.id, reason: "late" })).rejects.toMatchObject({ code: "commentGone" });
    const audit = await testDb().auditLog.findMany({ where: { entityId: abusive.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["comment.create", "comment.report", "comment.report", "comment.hide"]);
  });

  it("dismissing reports leaves the comment visible; only organizers dismiss", async () => {
    const w = await createCommentWorld();
    const fine = await comment(w.ru, w.projectTarget, "A fair criticism");
    await reportComment(w.cn, { id: fine.id, reason: "I disagree" });
    await expect(dismissReports(w.cn, { id: fine.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await dismissReports(w.organizer, { id: fine.id })).toEqual({ dismissed: 1 });
    expect(await listReportQueue(w.organizer)).toEqual([]);
    expect((await listThread(w.cn, w.projectTarget)).comments[0]).toMatchObject({ state: "visible", body: "A fair criticism" });
  });
});
