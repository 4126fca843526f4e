import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";

import { defaultChannel, NOTIFICATION_KINDS, type Channel, type NotificationKind } from "./kinds";
import type { TPreferences } from "./schema";

export type Preferences = Record<NotificationKind, Channel>;

/** Every kind with the user's choice; kinds never chosen have their default (`defaultChannel`). */
export async function getPreferences(actor: Actor): Promise<Preferences> {
  assertCan(actor, "notification.preferences");
  const rows = await getDb().notificationPreference.findMany({ where: { userId: actor.id } });
  const chosen = new Map(rows.map((r) => [r.kind, r.channel]));
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, chosen.get(kind) ?? defaultChannel(kind)])) as Preferences;
}

export async function savePreferences(actor: Actor, input: TPreferences): Promise<Preferences> {
  assertCan(actor, "notification.preferences");
  const before = await getPreferences(actor);
  await getDb().$transaction(async (tx) => {
    for (const [kind, channel] of Object.entries(input.preferences) as [NotificationKind, Channel][]) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.id, kind } },
        create: { userId: actor.id, kind, channel },
        update: { channel },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "notification.preferences",
      entityType: "User",
      entityId: actor.id,
      before,
      after: { ...before, ...input.preferences },
    });
  });
  return getPreferences(actor);
}
