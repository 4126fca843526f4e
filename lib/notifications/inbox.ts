import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { targetOf } from "@/lib/db/target-arc";
import { NotFoundError } from "@/lib/errors";
import { pageNumber } from "@/lib/http/input";
import { assertUuid } from "@/lib/ids";

import { toldWhere } from "./audience";
import { notificationHref } from "./kinds";
import { present, toNotificationRow, type NotificationView } from "./present";

/**
 * The inbox: each user reads and marks only their own notifications. Marking read is not
 * audited: it changes nothing anyone else sees, and an entry per click would drown the log.
 */
export const INBOX_PAGE_SIZE = 20;

const own = (actor: Actor) => {
  assertCan(actor, "notification.read", { userId: actor.id });
  return { recipientId: actor.id };
};

/** What the inbox shows and counts: the user's own, about what they may still read. */
const shown = (actor: Actor) => ({ AND: [own(actor), toldWhere(actor)] });

export async function listNotifications(
  actor: Actor,
  locale: string,
  page = 1,
): Promise<{ items: NotificationView[]; total: number; unread: number; page: number; pageCount: number }> {
  const where = shown(actor);
  const db = getDb();
  const current = pageNumber(page);
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
    }),
    db.notification.count({ where }),
    db.notification.count({ where: { AND: [where, { readAt: null }] } }),
  ]);
  const items = await present(db, rows.map(toNotificationRow), locale);
  return { items, total, unread, page: current, pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)) };
}

export async function unreadCount(actor: Actor): Promise<number> {
  return getDb().notification.count({ where: { AND: [shown(actor), { readAt: null }] } });
}

/** Another user's notification is refused, an unknown one is not found; nothing changes then. */
async function assertOwn(actor: Actor, ids: readonly string[]) {
  for (const id of ids) assertUuid(id, "notificationUnknown");
  const rows = await getDb().notification.findMany({ where: { id: { in: [...ids] } }, select: { recipientId: true } });
  if (rows.length !== new Set(ids).size) throw new NotFoundError("notificationUnknown");
  for (const row of rows) assertCan(actor, "notification.read", { userId: row.recipientId });
}

export async function markRead(actor: Actor, ids: readonly string[]): Promise<number> {
  await assertOwn(actor, ids);
  const { count } = await getDb().notification.updateMany({
    where: { id: { in: [...ids] }, ...own(actor), readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

export async function markAllRead(actor: Actor): Promise<number> {
  const { count } = await getDb().notification.updateMany({ where: { ...own(actor), readAt: null }, data: { readAt: new Date() } });
  return count;
}

/** Opening a notification marks it read and tells where it leads. */
export async function openNotification(actor: Actor, id: string): Promise<string> {
  await markRead(actor, [id]);
  const row = await getDb().notification.findUniqueOrThrow({
    where: { id },
    select: { projectId: true, evidenceId: true, initiativeId: true, commentId: true },
  });
  const subject = targetOf(row);
  return notificationHref(subject.type, subject.id, row.commentId);
}
