import "server-only";

import { randomUUID } from "node:crypto";

import type { DbTx, Prisma } from "@/lib/db/client";
import { arcOf } from "@/lib/db/target-arc";
import { followersOf } from "@/lib/follows/service";
import { enqueueDeliveries } from "@/lib/jobs/queues";
import { queueMail } from "@/lib/mail/outbox";
import { renderDigestMail, renderNotificationMail } from "@/lib/mail/render";

import { mayBeTold, type EvidenceFacts } from "./audience";
import { defaultChannel, moreSpecific, type NotificationKind } from "./kinds";
import { present, type EvidenceTitle, type NotificationRow } from "./present";

/**
 * Notifications: the one entry point other features call, inside their own transaction.
 *
 * Semantics of `notify(tx, events)`:
 * - Within one call, one notification per recipient per subject/comment. When several events
 *   match the same person (e.g. reply + mention + revision request), the most specific kind is
 *   kept: MENTION > REVISION_REQUEST > COMMENT_REPLY > NEW_COMMENT (verification and initiative
 *   kinds rank above NEW_COMMENT too).
 * - The actor is never notified; deactivated users are skipped, and so is everyone who may not
 *   read the subject (another organization's draft evidence): ./audience.ts, for every kind.
 * - NEW_COMMENT (and INITIATIVE_CHANGED) with `recipientIds: []` (and no `partnersOf`) means
 *   "the followers of the subject"; for an EVIDENCE subject these are the followers of its project.
 * - `partnersOf`: the active partners of those organizations are recipients too, read in the
 *   same statement as the recipients themselves.
 * - Link targets: project `/projects/<id>`, evidence `/evidence/<id>`, initiative
 *   `/initiatives/<id>`, with `#comment-<commentId>` when there is a comment.
 * - E-mail (immediate) is queued in the same transaction per the recipient's preferences, so a
 *   rolled-back write sends nothing and a committed one is never lost.
 */
export type { NotificationKind } from "./kinds";
export type NotificationSubject = { type: "PROJECT" | "EVIDENCE" | "INITIATIVE"; id: string };
type Pending = { recipientId: string; kind: NotificationKind; subject: NotificationSubject; commentId: string | null; actorId: string };

/** Kinds whose empty recipient list means "the subject's followers". */
const BROADCAST = new Set<NotificationKind>(["NEW_COMMENT", "INITIATIVE_CHANGED"]);

export interface NotificationEvent {
  kind: NotificationKind;
  recipientIds: string[];
  /** Also told: the active partners of these organizations (read with the recipients, in one statement). */
  partnersOf?: readonly string[];
  actorId: string;
  subject: NotificationSubject;
  commentId?: string;
  /**
   * An EVIDENCE subject as the caller's write left it in this transaction, so that it is not read
   * again: who may be told follows its status and organization, its title its indicator's name.
   */
  evidence?: EvidenceFacts & { title?: EvidenceTitle };
}

const BY_PARTNERS = { role: "PARTNER", status: "ACTIVE" } as const;

/**
 * Everyone the events name (by id, or as the partners of an organization) who is active, and
 * every actor (a mail shows the actor's name): one statement, with channel preferences joined.
 */
async function people(tx: DbTx, events: readonly NotificationEvent[], namedIds: readonly string[]) {
  const orgIds = [...new Set(events.flatMap((e) => e.partnersOf ?? []))];
  const actorIds = [...new Set(events.map((e) => e.actorId))];
  return tx.user.findMany({
    where: {
      OR: [
        { id: { in: [...namedIds] }, status: "ACTIVE" },
        ...(orgIds.length > 0 ? [{ organizationId: { in: orgIds }, ...BY_PARTNERS }] : []),
        { id: { in: actorIds } },
      ],
    },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      role: true,
      organizationId: true,
      status: true,
      notificationPreferences: { select: { kind: true, channel: true } },
    },
  });
}

type Person = Awaited<ReturnType<typeof people>>[number];

const isPartnerOf = (user: Person, orgIds: readonly string[]) =>
  user.role === BY_PARTNERS.role && user.status === BY_PARTNERS.status && !!user.organizationId && orgIds.includes(user.organizationId);

/** Records in-app notifications (and queues e-mail per preferences) inside the caller's transaction. */
export async function notify(tx: DbTx, events: NotificationEvent[]): Promise<void> {
  const named = new Map<NotificationEvent, string[]>();
  for (const event of events) {
    const broadcast = event.recipientIds.length === 0 && !event.partnersOf?.length && BROADCAST.has(event.kind);
    named.set(event, broadcast ? await followersOf(tx, event.subject) : event.recipientIds);
  }
  const namedIds = [...new Set([...named.values()].flat())];
  // Nobody to tell but the actors themselves: nothing to read either.
  const anyone = events.some((e) => e.partnersOf?.length || named.get(e)!.some((id) => id !== e.actorId));
  if (!anyone) return;
  const users = await people(tx, events, namedIds);

  const chosen = new Map<string, Pending>();
  for (const event of events) {
    const partners = event.partnersOf?.length ? users.filter((u) => isPartnerOf(u, event.partnersOf!)).map((u) => u.id) : [];
    for (const recipientId of new Set([...named.get(event)!, ...partners])) {
      if (recipientId === event.actorId) continue;
      const key = `${recipientId}|${event.subject.type}|${event.subject.id}|${event.commentId ?? ""}`;
      const seen = chosen.get(key);
      if (seen && moreSpecific(seen.kind, event.kind) === seen.kind) continue;
      chosen.set(key, {
        recipientId,
        kind: event.kind,
        subject: event.subject,
        commentId: event.commentId ?? null,
        actorId: event.actorId,
      });
    }
  }
  if (chosen.size === 0) return;
  const pending = [...chosen.values()];
  // Deactivated, not yet active or unknown recipients are skipped (an actor's row may be any).
  const userById = new Map(users.filter((u) => u.status === "ACTIVE").map((u) => [u.id, u]));
  const channelOf = new Map(users.flatMap((u) => u.notificationPreferences.map((p) => [`${u.id}|${p.kind}`, p.channel] as const)));
  const known = pending.flatMap((p) => {
    const user = userById.get(p.recipientId);
    return user ? [{ ...p, user }] : [];
  });
  const evidenceKnown = new Map(
    events.flatMap((e) => (e.evidence && e.subject.type === "EVIDENCE" ? [[e.subject.id, e.evidence] as const] : [])),
  );
  const told = await mayBeTold(
    tx,
    known.map((p) => ({ reader: p.user, subject: p.subject })),
    evidenceKnown,
  );
  const presentKnown = {
    actorNames: new Map(users.map((u) => [u.id, u.name])),
    evidenceTitles: new Map([...evidenceKnown].flatMap(([id, e]) => (e.title ? [[id, e.title] as const] : []))),
  };

  const rows: Prisma.NotificationCreateManyInput[] = [];
  // E-mail goes out once per recipient per call: one item as a notification mail, several
  // (a bulk confirmation, an import) as one digest-style mail listing them all.
  const mailFor = new Map<string, { user: Person; rows: { row: { emailId: string | null }; view: NotificationRow }[] }>();
  const now = new Date();
  for (const [index, p] of known.entries()) {
    if (!told[index]) continue;
    const { user } = p;
    const channel = channelOf.get(`${p.recipientId}|${p.kind}`) ?? defaultChannel(p.kind);
    const row = {
      id: randomUUID(),
      recipientId: p.recipientId,
      kind: p.kind,
      ...arcOf(p.subject),
      commentId: p.commentId,
      actorId: p.actorId,
      channel,
      createdAt: now,
      emailId: null as string | null,
    };
    rows.push(row);
    if (channel === "EMAIL") {
      const entry = mailFor.get(user.id) ?? { user, rows: [] };
      entry.rows.push({ row, view: { ...row, subjectType: p.subject.type, subjectId: p.subject.id, readAt: null } });
      mailFor.set(user.id, entry);
    }
  }
  const mailIds: string[] = [];
  for (const { user, rows: mine } of mailFor.values()) {
    const views = await present(
      tx,
      mine.map((m) => m.view),
      user.locale,
      presentKnown,
    );
    const mail = views.length === 1 ? renderNotificationMail(views[0], user.locale) : renderDigestMail(views, user.locale);
    const emailId = (await queueMail(tx, user, mail)).id;
    for (const { row } of mine) row.emailId = emailId;
    mailIds.push(emailId);
  }
  if (rows.length > 0) await tx.notification.createMany({ data: rows });
  await enqueueDeliveries(tx, mailIds);
}
