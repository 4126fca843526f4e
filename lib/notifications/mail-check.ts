// Not `server-only`: the mail worker runs this in plain Node before a notification mail leaves.
import type { DbTx } from "@/lib/db/client";
import { renderDigestMail, type RenderedMail } from "@/lib/mail/render";

import { mayBeTold, type Reader } from "./audience";
import { present, toNotificationRow } from "./present";

type Tx = Pick<DbTx, "notification" | "user" | "evidence" | "projectText" | "initiative">;

export type MailCheck = { send: true; rerendered?: RenderedMail } | { send: false };

/**
 * Re-applies the audience rule (./audience.ts) to the notifications a queued mail carries, at the
 * moment it is delivered: the recipient may have been deactivated or moved to another
 * organization since it was queued. A mail that carries no notification (an invitation, a
 * password reset) is not ours to judge. A digest that still carries some readable items is
 * rendered again without the others; a mail with none left is not sent.
 */
export async function checkNotificationMail(tx: Tx, mail: { id: string; recipientId: string | null; locale: string }): Promise<MailCheck> {
  const rows = await tx.notification.findMany({ where: { emailId: mail.id }, orderBy: { createdAt: "asc" } });
  if (rows.length === 0) return { send: true };
  const reader = mail.recipientId ? await readerOf(tx, mail.recipientId) : null;
  if (!reader) return { send: false };
  const items = rows.map(toNotificationRow);
  const told = await mayBeTold(
    tx,
    items.map((item) => ({ reader, subject: { type: item.subjectType, id: item.subjectId } })),
  );
  const kept = items.filter((_, index) => told[index]);
  if (kept.length === items.length) return { send: true };
  if (kept.length === 0) return { send: false };
  const views = await present(tx, kept, mail.locale);
  return { send: true, rerendered: renderDigestMail(views, mail.locale) };
}

export async function readerOf(tx: Pick<DbTx, "user">, userId: string): Promise<Reader | null> {
  return tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, organizationId: true, status: true } });
}
