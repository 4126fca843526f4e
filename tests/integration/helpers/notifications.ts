import { arcOf } from "@/lib/db/target-arc";
import { notify, type NotificationEvent } from "@/lib/notifications/service";

import { testDb } from "./db";

/** Runs notify() in a transaction of its own, as a feature service would inside its write. */
export function notifyNow(events: NotificationEvent[]) {
  return testDb().$transaction((tx) => notify(tx, events));
}

/** A comment on the subject for notifications to point at (the key refuses a made-up id). */
export async function storedComment(subject: NotificationEvent["subject"], authorId: string): Promise<string> {
  const comment = await testDb().comment.create({ data: { ...arcOf(subject), authorId, body: "a comment", locale: "en" } });
  return comment.id;
}

export async function inbox(userId: string) {
  return testDb().notification.findMany({ where: { recipientId: userId }, orderBy: { createdAt: "asc" } });
}

export async function setChannel(userId: string, kind: NotificationEvent["kind"], channel: "IN_APP" | "EMAIL" | "DIGEST") {
  await testDb().notificationPreference.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, channel },
    update: { channel },
  });
}
