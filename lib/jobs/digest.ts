// Not `server-only`: the mail worker (scripts/worker.ts) runs this in plain Node.
import type { Db } from "@/lib/db/client";
import { queueMail } from "@/lib/mail/outbox";
import { renderDigestMail } from "@/lib/mail/render";
import { mayBeTold } from "@/lib/notifications/audience";
import { present, toNotificationRow } from "@/lib/notifications/present";

/**
 * Batches every DIGEST notification not yet mailed into one mail per recipient, in the
 * recipient's language. Each recipient's batch is one transaction that locks its rows, so two
 * overlapping runs never mail the same notification twice, and the notifications point at the
 * mail that carried them from then on. Recipients without waiting items get nothing, and items
 * about what the recipient may no longer read (lib/notifications/audience.ts) are left out of the
 * mail for good. Returns the ids of the queued mails.
 */
export async function queueDigests(db: Db): Promise<string[]> {
  const waiting = await db.notification.findMany({
    where: { channel: "DIGEST", emailId: null },
    distinct: ["recipientId"],
    select: { recipientId: true },
  });
  const mailIds: string[] = [];
  for (const { recipientId } of waiting) {
    const id = await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM notifications
        WHERE recipient_id = ${recipientId}::uuid AND channel = 'DIGEST' AND email_id IS NULL
        ORDER BY created_at FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return null;
      const user = await tx.user.findUnique({
        where: { id: recipientId },
        select: { id: true, email: true, locale: true, status: true, role: true, organizationId: true },
      });
      if (!user || user.status !== "ACTIVE") return null;
      const rows = await tx.notification.findMany({ where: { id: { in: locked.map((r) => r.id) } }, orderBy: { createdAt: "asc" } });
      const items = rows.map(toNotificationRow);
      const told = await mayBeTold(
        tx,
        items.map((item) => ({ reader: user, subject: { type: item.subjectType, id: item.subjectId } })),
      );
      // Never mailed, and not waiting any more: the inbox applies the same rule when it is read.
      const untold = rows.filter((_, index) => !told[index]).map((r) => r.id);
      if (untold.length > 0) await tx.notification.updateMany({ where: { id: { in: untold } }, data: { channel: "IN_APP" } });
      const kept = items.filter((_, index) => told[index]);
      if (kept.length === 0) return null;
      const views = await present(tx, kept, user.locale);
      const mail = await queueMail(tx, user, renderDigestMail(views, user.locale));
      await tx.notification.updateMany({ where: { id: { in: kept.map((r) => r.id) } }, data: { emailId: mail.id } });
      return mail.id;
    });
    if (id) mailIds.push(id);
  }
  return mailIds;
}
