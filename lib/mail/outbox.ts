// Not `server-only`: the mail worker (scripts/worker.ts) runs this in plain Node.
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type Db, type DbTx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { pageNumber } from "@/lib/http/input";
import { assertUuid } from "@/lib/ids";
import { log } from "@/lib/log";
import { checkNotificationMail } from "@/lib/notifications/mail-check";

import type { RenderedMail } from "./render";
import type { MailTransport } from "./transport";

/** A mail that failed this many times is left FAILED for an administrator to look at. */
export const MAX_ATTEMPTS = 5;

type Recipient = { id: string; email: string; locale: "en" | "zh" | "ru" };

/** Writes the mail in the caller's transaction: it exists exactly when the cause committed. */
export async function queueMail(tx: Pick<DbTx, "emailOutbox">, to: Recipient, mail: RenderedMail) {
  return tx.emailOutbox.create({
    data: { recipientId: to.id, toAddress: to.email, locale: to.locale, subject: mail.subject, textBody: mail.text, htmlBody: mail.html },
    select: { id: true },
  });
}

/** The secret part of single-use links (invitation, password reset) in a stored mail. */
const LINK_TOKEN = /(\/(?:invite|reset)\/)[A-Za-z0-9_-]{16,}/g;

/**
 * What administrators see of a mail, and what stays stored once it is sent: the single-use link
 * without its token. Whoever reads the outbox must not be able to accept someone's invitation.
 */
export function maskLinkTokens(body: string): string {
  return body.replace(LINK_TOKEN, "$1[hidden]");
}

function maskedBodies(mail: { textBody: string; htmlBody: string }) {
  return { textBody: maskLinkTokens(mail.textBody), htmlBody: maskLinkTokens(mail.htmlBody) };
}

export type DeliveryResult = "SENT" | "STORED" | "RETRY" | "FAILED" | "SKIPPED" | "WITHHELD";

/**
 * Delivers one QUEUED mail. The row stays locked while the SMTP server answers, so a job and the
 * periodic sweep never send the same mail twice; a row someone else holds is skipped. Without a
 * transport the mail is STORED for administrators instead of being dropped. A notification mail
 * whose recipient may no longer read what it is about is WITHHELD (and a digest loses those items).
 */
export async function deliverMail(db: Db, id: string, transport: MailTransport | null, from = getEnv().MAIL_FROM): Promise<DeliveryResult> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM email_outbox WHERE id = ${id}::uuid AND status = 'QUEUED' FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return "SKIPPED";
      let mail = await tx.emailOutbox.findUniqueOrThrow({ where: { id } });
      const check = await checkNotificationMail(tx, mail);
      if (!check.send) {
        await tx.emailOutbox.update({ where: { id }, data: { status: "WITHHELD" } });
        return "WITHHELD";
      }
      if (check.rerendered) {
        const { subject, text, html } = check.rerendered;
        mail = await tx.emailOutbox.update({ where: { id }, data: { subject, textBody: text, htmlBody: html } });
      }
      if (!transport) {
        // Never sent later either, so no row keeps a usable token (an administrator reissues links).
        await tx.emailOutbox.update({ where: { id }, data: { status: "STORED", ...maskedBodies(mail) } });
        return "STORED";
      }
      try {
        await transport.sendMail({ from, to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody });
        await tx.emailOutbox.update({
          where: { id },
          // The link has left; the row keeps no usable copy of its token.
          data: {
            status: "SENT",
            sentAt: new Date(),
            attempts: { increment: 1 },
            error: null,
            ...maskedBodies(mail),
          },
        });
        return "SENT";
      } catch (error) {
        const attempts = mail.attempts + 1;
        const status = attempts >= MAX_ATTEMPTS ? "FAILED" : "QUEUED";
        log.warn({ err: error, mailId: id, attempts }, "mail delivery failed");
        await tx.emailOutbox.update({
          where: { id },
          // A mail that has given up is not sent again: like a sent one, it keeps no usable token.
          data: {
            status,
            attempts,
            error: error instanceof Error ? error.message.slice(0, 500) : "error",
            ...(status === "FAILED" ? maskedBodies(mail) : {}),
          },
        });
        return status === "FAILED" ? "FAILED" : "RETRY";
      }
    },
    { timeout: 60_000 },
  );
}

/** Ids of mails still waiting, oldest first, for the periodic sweep. */
export async function queuedMailIds(db: Db, take = 200): Promise<string[]> {
  const rows = await db.emailOutbox.findMany({ where: { status: "QUEUED" }, orderBy: { createdAt: "asc" }, take, select: { id: true } });
  return rows.map((r) => r.id);
}

export const OUTBOX_PAGE_SIZE = 50;

export async function listOutbox(actor: Actor, page = 1) {
  assertCan(actor, "outbox.read");
  const skip = (pageNumber(page) - 1) * OUTBOX_PAGE_SIZE;
  const [rows, total] = await Promise.all([
    getDb().emailOutbox.findMany({
      orderBy: { createdAt: "desc" },
      skip,
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, toAddress: true, subject: true, status: true, locale: true, attempts: true, createdAt: true, sentAt: true },
    }),
    getDb().emailOutbox.count(),
  ]);
  return { rows, total, pageSize: OUTBOX_PAGE_SIZE };
}

export async function getOutboxMailOrThrow(actor: Actor, id: string) {
  assertCan(actor, "outbox.read");
  assertUuid(id);
  const mail = await getDb().emailOutbox.findUnique({ where: { id } });
  if (!mail) throw new NotFoundError();
  return { ...mail, ...maskedBodies(mail) };
}
