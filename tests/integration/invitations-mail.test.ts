import { readFileSync } from "node:fs";
import path from "node:path";

import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { beforeEach, describe, expect, it } from "vitest";

import { ZInviteUser } from "@/lib/accounts/schema";
import * as accounts from "@/lib/accounts/service";
import { deliverMail, getOutboxMailOrThrow } from "@/lib/mail/outbox";
import { invitePartner } from "@/lib/projects/partners";

import { createOrganization, createUser, resetDb, testDb } from "./helpers/db";
import { createProjectWorld } from "./helpers/evidence";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");
const outbox = () => testDb().emailOutbox.findMany({ orderBy: { createdAt: "asc" } });

describe("invitations reach people", () => {
  beforeEach(resetDb);

  it("mails the platform invitation link in the invited person's language, again when it is reissued", async () => {
    const admin = await createUser({ role: "ADMIN", name: "Admin Zhang" });
    const org = await createOrganization({ country: "RU" });
    const input = ZInviteUser.parse({ email: "olga@example.test", name: "Olga", role: "PARTNER", organizationId: org.id, locale: "ru" });
    const { user, token } = await accounts.inviteUser(admin, input);
    const [mail] = await outbox();
    expect(mail).toMatchObject({ toAddress: "olga@example.test", locale: "ru", recipientId: user.id, status: "QUEUED" });
    expect(mail.subject).toBe("Приглашение в Synergia");
    expect(mail.textBody).toContain(`/ru/invite/${token}`);
    expect(mail.textBody).toContain("Admin Zhang");

    const again = await accounts.reissueInvitation(admin, user.id);
    const mails = await outbox();
    expect(mails).toHaveLength(2);
    expect(mails[1].textBody).toContain(`/ru/invite/${again.token}`);
  });

  it("never shows an administrator reading the outbox a usable invitation link, yet delivers it", async () => {
    const [inviter, otherAdmin] = [await createUser({ role: "ADMIN" }), await createUser({ role: "ADMIN" })];
    const org = await createOrganization({ country: "CN" });
    const input = ZInviteUser.parse({ email: "li@example.test", name: "Li", role: "PARTNER", organizationId: org.id, locale: "zh" });
    const { token } = await accounts.inviteUser(inviter, input);
    const [queued] = await outbox();

    const seen = await getOutboxMailOrThrow(otherAdmin, queued.id);
    expect(seen.textBody).toContain("/zh/invite/[hidden]");
    expect(seen.textBody + seen.htmlBody).not.toContain(token);

    // The invited person still gets the whole link…
    const sent: Mail.Options[] = [];
    const json = nodemailer.createTransport({ jsonTransport: true });
    const transport = { sendMail: async (m: Mail.Options) => (sent.push(m), json.sendMail(m)) };
    expect(await deliverMail(testDb(), queued.id, transport, "Synergia <no-reply@example.test>")).toBe("SENT");
    expect(String(sent[0].text)).toContain(`/zh/invite/${token}`);
    expect(String(sent[0].html)).toContain(`/zh/invite/${token}`);
    // …and once it has left, the stored copy (backups included) holds no usable token either.
    const [stored] = await outbox();
    expect(stored.textBody + stored.htmlBody).not.toContain(token);
    expect(await accounts.describeToken(token, "INVITATION")).toBeTruthy();
  });

  it("keeps no usable link in a mail that will never be sent: stored without SMTP, or given up", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const org = await createOrganization({ country: "RU" });
    const invite = (email: string) =>
      accounts.inviteUser(admin, ZInviteUser.parse({ email, name: "N", role: "PARTNER", organizationId: org.id, locale: "ru" }));
    const [stored, failing] = [await invite("stored@example.test"), await invite("failing@example.test")];
    const [storedMail, failingMail] = await outbox();

    expect(await deliverMail(testDb(), storedMail.id, null)).toBe("STORED");
    const broken = { sendMail: async () => Promise.reject(new Error("550 mailbox unavailable")) };
    let result;
    do result = await deliverMail(testDb(), failingMail.id, broken);
    while (result === "RETRY");
    expect(result).toBe("FAILED");

    const rows = await outbox();
    expect(rows.map((r) => r.status)).toEqual(["STORED", "FAILED"]);
    expect(rows[0].textBody).toContain("/ru/invite/[hidden]");
    expect(rows[0].textBody + rows[0].htmlBody).not.toContain(stored.token);
    expect(rows[1].textBody + rows[1].htmlBody).not.toContain(failing.token);
    // The invitation itself still works; the administrator can reissue its link.
    expect(await accounts.describeToken(stored.token, "INVITATION")).toBeTruthy();
  });

  it("masks the links of mails kept before delivery masked them, and leaves mail still to be sent alone", async () => {
    const token = "AbCdEfGhIjKlMnOpQrStUvWx_-12";
    const body = (path: string) => `Open https://synergia.example/ru/${path}/${token} to continue.`;
    const kept = async (status: "STORED" | "FAILED" | "QUEUED" | "SENT", path: string) =>
      testDb().emailOutbox.create({
        data: {
          toAddress: `${status}@example.test`,
          locale: "ru",
          subject: "s",
          status,
          textBody: body(path),
          htmlBody: `<p>${body(path)}</p>`,
        },
      });
    const [stored, failed, queued] = [await kept("STORED", "invite"), await kept("FAILED", "reset"), await kept("QUEUED", "invite")];
    const sql = readFileSync(path.join(MIGRATIONS, "20261210100000_outbox_mask_kept_tokens", "migration.sql"), "utf8");
    await testDb().$executeRawUnsafe(sql);

    const after = async (id: string) => testDb().emailOutbox.findUniqueOrThrow({ where: { id } });
    expect((await after(stored.id)).textBody).toBe("Open https://synergia.example/ru/invite/[hidden] to continue.");
    expect((await after(failed.id)).htmlBody).toBe("<p>Open https://synergia.example/ru/reset/[hidden] to continue.</p>");
    expect((await after(queued.id)).textBody).toBe(body("invite"));
  });

  it("sends nothing when the invitation is refused", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const existing = await createUser({ role: "PARTNER" });
    const before = await testDb().emailOutbox.count();
    await expect(
      accounts.inviteUser(
        admin,
        ZInviteUser.parse({ email: existing.email, name: "X", role: "PARTNER", organizationId: existing.organizationId!, locale: "zh" }),
      ),
    ).rejects.toMatchObject({ code: "emailTaken" });
    expect(await testDb().emailOutbox.count()).toBe(before);
  });

  it("tells the invited organization's partners about a project invitation, by e-mail unless they chose otherwise", async () => {
    const w = await createProjectWorld();
    const invited = w.outsider;
    const quiet = await createUser({ organizationId: invited.organizationId, locale: "zh" });
    await testDb().notificationPreference.create({ data: { userId: quiet.id, kind: "PROJECT_INVITATION", channel: "IN_APP" } });
    await invitePartner(w.cn, { projectId: w.project.id, organizationId: invited.organizationId! });

    const notices = await testDb().notification.findMany({ where: { kind: "PROJECT_INVITATION" } });
    expect(notices.map((n) => [n.recipientId, n.projectId, n.channel]).sort()).toEqual(
      [
        [invited.id, w.project.id, "EMAIL"],
        [quiet.id, w.project.id, "IN_APP"],
      ].sort(),
    );
    const mails = await outbox();
    expect(mails.map((m) => m.toAddress)).toEqual([invited.email]);
    expect(mails[0].textBody).toContain(`/ru/projects/${w.project.id}`);
  });
});
