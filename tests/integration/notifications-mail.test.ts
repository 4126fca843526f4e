import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { ForbiddenError } from "@/lib/errors";
import * as evidence from "@/lib/evidence/service";
import { decideEvidence } from "@/lib/evidence/transitions";
import { runDigest, startWorker, sweepOutbox } from "@/lib/jobs/worker";
import { deliverMail, getOutboxMailOrThrow, listOutbox, MAX_ATTEMPTS } from "@/lib/mail/outbox";
import type { MailTransport } from "@/lib/mail/transport";
import { notify } from "@/lib/notifications/service";

import { createUser, resetDb, testDb, testSql } from "./helpers/db";
import { createCatalog, createProjectWorld, fields } from "./helpers/evidence";
import { notifyNow, setChannel, storedComment } from "./helpers/notifications";

/** nodemailer's JSON transport (a real transport that writes no socket), recording what it sent. */
function recordingTransport() {
  const json = nodemailer.createTransport({ jsonTransport: true });
  const sent: Mail.Options[] = [];
  const transport: MailTransport = {
    sendMail: async (message: Mail.Options) => {
      sent.push(message);
      return json.sendMail(message);
    },
  };
  return { transport, sent };
}

async function disputedWorld() {
  const catalog = await createCatalog();
  const w = await createProjectWorld();
  // The request to verify would reach the Russian side by e-mail (its default); these tests are
  // about the mails that follow the decision.
  await setChannel(w.ru.id, "VERIFICATION_REQUESTED", "IN_APP");
  const submitted = await evidence.createEvidence(w.cn, { projectId: w.project.id, fields: fields(catalog.percent.id) }, [], "submit");
  return {
    ...w,
    ...catalog,
    submitted,
    dispute: () => decideEvidence(w.ru, { id: submitted.id, version: 1, decision: "DISPUTE", reason: "Figures differ" }),
  };
}

const outbox = () => testDb().emailOutbox.findMany({ orderBy: { createdAt: "asc" } });

describe("e-mail by preference", () => {
  beforeEach(resetDb);

  it("queues an immediate mail in the recipient's language, keeps digest items for the digest, and in-app ones in the app", async () => {
    const w = await disputedWorld();
    const colleague = await createUser({ organizationId: w.cn.organizationId, locale: "ru" });
    const quiet = await createUser({ organizationId: w.cn.organizationId });
    await setChannel(w.cn.id, "EVIDENCE_DISPUTED", "EMAIL");
    await setChannel(colleague.id, "EVIDENCE_DISPUTED", "DIGEST");
    await setChannel(quiet.id, "EVIDENCE_DISPUTED", "IN_APP");
    // Someone who never chose hears of a dispute of their organization's evidence by e-mail.
    const fresh = await createUser({ organizationId: w.cn.organizationId, locale: "en" });
    await w.dispute();

    const all = await outbox();
    expect(all.map((m) => m.toAddress).sort()).toEqual([w.cn.email, fresh.email].sort());
    expect(all.find((m) => m.toAddress === fresh.email)!.subject).toContain("disputed");
    const mails = all.filter((m) => m.toAddress === w.cn.email);
    expect(mails[0]).toMatchObject({ toAddress: w.cn.email, locale: "zh", status: "QUEUED", recipientId: w.cn.id });
    expect(mails[0].subject).toBe("Synergia：Test User 对您的佐证“本地化率”提出异议");
    expect(mails[0].textBody).toContain(`http://localhost:3000/zh/evidence/${w.submitted.id}`);
    const [mine] = await testDb().notification.findMany({ where: { recipientId: w.cn.id } });
    expect(mine).toMatchObject({ channel: "EMAIL", emailId: mails[0].id });
    expect(await testDb().notification.findFirstOrThrow({ where: { recipientId: colleague.id } })).toMatchObject({
      channel: "DIGEST",
      emailId: null,
    });
    expect(await testDb().notification.findFirstOrThrow({ where: { recipientId: quiet.id } })).toMatchObject({
      channel: "IN_APP",
      emailId: null,
    });
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const w = await disputedWorld();
    await setChannel(w.cn.id, "MENTION", "EMAIL");
    const [mailsBefore, notificationsBefore] = [await testDb().emailOutbox.count(), await testDb().notification.count()];
    const failure = new Error("the comment could not be saved");
    await expect(
      testDb().$transaction(async (tx) => {
        await notify(tx, [
          { kind: "MENTION", recipientIds: [w.cn.id], actorId: w.ru.id, subject: { type: "EVIDENCE", id: w.submitted.id } },
        ]);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await testDb().emailOutbox.count()).toBe(mailsBefore);
    expect(await testDb().notification.count()).toBe(notificationsBefore);
  });
});

describe("delivery", () => {
  beforeEach(resetDb);

  it("stores mail when no SMTP server is configured, for administrators only to read", async () => {
    const w = await disputedWorld();
    await setChannel(w.cn.id, "EVIDENCE_DISPUTED", "EMAIL");
    await w.dispute();
    expect(await sweepOutbox(testDb(), null)).toBe(1);
    const [mail] = await outbox();
    expect(mail).toMatchObject({ status: "STORED", sentAt: null });

    const list = await listOutbox(w.admin);
    expect(list.rows.map((r) => [r.id, r.status])).toEqual([[mail.id, "STORED"]]);
    expect((await getOutboxMailOrThrow(w.admin, mail.id)).textBody).toContain("本地化率");
    for (const actor of [w.organizer, w.cn, w.ru]) {
      await expect(listOutbox(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getOutboxMailOrThrow(actor, mail.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("sends through SMTP once, and retries a failing server until it gives up", async () => {
    const w = await disputedWorld();
    await setChannel(w.cn.id, "EVIDENCE_DISPUTED", "EMAIL");
    await w.dispute();
    const [queued] = await outbox();
    const { transport, sent } = recordingTransport();
    expect(await deliverMail(testDb(), queued.id, transport, "Synergia <no-reply@example.test>")).toBe("SENT");
    expect(await deliverMail(testDb(), queued.id, transport)).toBe("SKIPPED");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: w.cn.email, from: "Synergia <no-reply@example.test>", subject: queued.subject });
    expect(await testDb().emailOutbox.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "SENT", attempts: 1 });

    const other = await testDb().emailOutbox.create({
      data: { toAddress: "x@example.test", locale: "en", subject: "s", textBody: "t", htmlBody: "<p>t</p>" },
    });
    const broken: MailTransport = { sendMail: async () => Promise.reject(new Error("421 try again later")) };
    expect(await deliverMail(testDb(), other.id, broken)).toBe("RETRY");
    expect(await testDb().emailOutbox.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      status: "QUEUED",
      attempts: 1,
      error: "421 try again later",
    });
    for (let i = 1; i < MAX_ATTEMPTS - 1; i++) await deliverMail(testDb(), other.id, broken);
    expect(await deliverMail(testDb(), other.id, broken)).toBe("FAILED");
    expect(await testDb().emailOutbox.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
    });
  });
});

describe("daily digest", () => {
  beforeEach(resetDb);

  it("sends one mail per user with waiting items, none to users without, and never the same item twice", async () => {
    const w = await disputedWorld();
    const subject = { type: "PROJECT" as const, id: w.project.id };
    for (const kind of ["MENTION", "NEW_COMMENT", "COMMENT_REPLY"] as const) await setChannel(w.cn.id, kind, "DIGEST");
    await setChannel(w.ru.id, "MENTION", "DIGEST");
    const comments = [
      await storedComment(subject, w.cn2.id),
      await storedComment(subject, w.cn2.id),
      await storedComment(subject, w.cn2.id),
    ];
    const comment = (n: number) => comments[n - 1];
    await notifyNow([{ kind: "MENTION", recipientIds: [w.cn.id], actorId: w.cn2.id, subject, commentId: comment(1) }]);
    await notifyNow([{ kind: "COMMENT_REPLY", recipientIds: [w.cn.id], actorId: w.cn2.id, subject, commentId: comment(2) }]);
    await notifyNow([{ kind: "MENTION", recipientIds: [w.cn.id, w.ru.id], actorId: w.cn2.id, subject, commentId: comment(3) }]);
    const before = await testDb().emailOutbox.count();

    const { transport, sent } = recordingTransport();
    const ids = await runDigest(testDb(), transport);
    expect(ids).toHaveLength(2);
    expect(sent.map((m) => m.to).sort()).toEqual([w.cn.email, w.ru.email].sort());
    const cnMail = sent.find((m) => m.to === w.cn.email)!;
    expect(cnMail.subject).toBe("Synergia：3 条新通知");
    expect(String(cnMail.text).match(/^• /gm)).toHaveLength(3);
    const ruMail = sent.find((m) => m.to === w.ru.email)!;
    expect(ruMail.subject).toBe("Synergia: 1 новое уведомление");
    expect(await testDb().emailOutbox.count()).toBe(before + 2);
    expect(await testDb().notification.count({ where: { channel: "DIGEST", emailId: null } })).toBe(0);

    // Nothing new: no mail at all, not an empty one.
    expect(await runDigest(testDb(), transport)).toEqual([]);
    expect(sent).toHaveLength(2);
  });
});

describe("the pg-boss worker", () => {
  afterAll(async () => {
    await testSql()`drop schema if exists pgboss cascade`;
  });

  it("enqueues delivery in the same transaction and delivers after commit; a rollback leaves no job", async () => {
    await resetDb();
    const w = await disputedWorld();
    await setChannel(w.cn.id, "EVIDENCE_DISPUTED", "EMAIL");
    await setChannel(w.cn.id, "MENTION", "EMAIL");
    const { transport, sent } = recordingTransport();
    const worker = await startWorker({ databaseUrl: process.env.DATABASE_URL!, db: testDb(), transport });
    try {
      const jobs = async () =>
        (await testSql()<{ n: number }[]>`select count(*)::int as n from pgboss.job where name = 'mail-deliver'`)[0].n;
      const jobsBefore = await jobs();
      await expect(
        testDb().$transaction(async (tx) => {
          await notify(tx, [
            { kind: "MENTION", recipientIds: [w.cn.id], actorId: w.ru.id, subject: { type: "EVIDENCE", id: w.submitted.id } },
          ]);
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
      expect(await jobs()).toBe(jobsBefore);

      await w.dispute();
      const [mail] = await outbox();
      expect(await jobs()).toBe(jobsBefore + 1);
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline && (await testDb().emailOutbox.findUniqueOrThrow({ where: { id: mail.id } })).status === "QUEUED") {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(await testDb().emailOutbox.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({ status: "SENT" });
      expect(sent.map((m) => m.to)).toEqual([w.cn.email]);
    } finally {
      await worker.stop();
    }
  });
});
