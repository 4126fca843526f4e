import { mentionedIds, mentionToken } from "@/lib/comments/mentions";
import type { DbTx, Prisma } from "@/lib/db/client";
import { arcOf } from "@/lib/db/target-arc";
import { initiativeProgress } from "@/lib/initiatives/progress";
import { moreSpecific, type NotificationKind } from "@/lib/notifications/kinds";
import { mulberry32 } from "@/lib/scoring";

import { DEMO_ORGANIZATIONS } from "./demo-data";
import {
  COMMENTS,
  EVIDENCE_PICKS,
  INITIATIVE,
  PEOPLE,
  type EvidenceKey,
  type Person,
  type TargetKey,
  type When,
} from "./discussion-content";
import { uuid } from "./portfolio";

// Rows are written directly (the services are server-only and would stamp everything "now"),
// shaped exactly as lib/comments/service.ts and lib/notifications/service.ts store them.

const HARBIN_TITLE = "哈尔滨中俄高新技术产业园智能制造联合项目";
/** The demo users have read what reached them before this; later notifications only when they took part afterwards. */
const CAUGHT_UP = new Date("2026-11-15T00:00:00Z");

type SubjectType = "PROJECT" | "EVIDENCE" | "INITIATIVE";
type Target = { type: SubjectType; id: string; followers: string[]; evidence?: { value: number; submittedAt: Date; authors: string[] } };
type Rng = () => number;

const orgKeyId = (orgs: { id: string; nameEn: string }[], key: string) => {
  const nameEn = DEMO_ORGANIZATIONS.find((o) => o.key === key)?.nameEn;
  const row = orgs.find((o) => o.nameEn === nameEn);
  if (!row) throw new Error(`Demo discussion: organization ${key} is missing.`);
  return row.id;
};

async function partnersOf(tx: DbTx, organizationIds: string[]): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { organizationId: { in: organizationIds }, role: "PARTNER", status: "ACTIVE" },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

async function loadEvidence(
  tx: DbTx,
  projectId: string,
  orgs: { id: string; nameEn: string }[],
  key: EvidenceKey,
  followers: string[],
): Promise<Target> {
  const pick = EVIDENCE_PICKS[key];
  const organizationId = orgKeyId(orgs, pick.org);
  const row = await tx.evidence.findFirst({
    where: { projectId, organizationId, indicator: { code: pick.code }, status: { in: [...pick.statuses] }, submittedAt: { not: null } },
    orderBy: { periodEnd: "desc" },
    select: { id: true, value: true, submittedAt: true },
  });
  // The portfolio is deterministic; a changed one must be matched here, not silently discussed elsewhere.
  if (!row?.submittedAt) throw new Error(`Demo discussion: no ${pick.code} evidence of ${pick.org} on the Harbin project.`);
  return {
    type: "EVIDENCE",
    id: row.id,
    followers,
    evidence: { value: row.value, submittedAt: row.submittedAt, authors: await partnersOf(tx, [organizationId]) },
  };
}

function instant(when: When, target: Target): Date {
  if (typeof when === "string") return new Date(when);
  if (!target.evidence) throw new Error("Demo discussion: a relative time needs an evidence target.");
  const [h, m] = when.time.split(":").map(Number);
  const day = new Date(target.evidence.submittedAt);
  day.setUTCHours(0, 0, 0, 0);
  return new Date(day.getTime() + when.days * 86_400_000 + (h * 60 + m) * 60_000);
}

/** The demo initiative with its timeline; its owners' partners follow it. */
async function seedInitiative(
  tx: DbTx,
  rng: Rng,
  projectId: string,
  orgs: { id: string; nameEn: string }[],
  who: (p: Person) => { id: string; name: string },
) {
  const rec = await tx.recommendation.findUniqueOrThrow({ where: { code: INITIATIVE.recommendationCode } });
  const id = uuid(rng);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const milestones = INITIATIVE.milestones.map((m, position) => ({
    id: uuid(rng),
    title: m.title,
    dueDate: day(m.dueDate),
    position,
    weight: 1,
    completedAt: m.done ? new Date(m.done.at) : null,
    completedById: m.done ? who(m.done.by).id : null,
    version: m.done ? 2 : 1,
  }));
  const { fields, status } = INITIATIVE;
  await tx.initiative.create({
    data: {
      id,
      recommendationId: rec.id,
      ...fields,
      startDate: day(fields.startDate),
      dueDate: day(fields.dueDate),
      status: "LIMITED",
      version: 2,
      createdById: who(INITIATIVE.createdBy).id,
      createdAt: new Date(INITIATIVE.createdAt),
      owners: { create: INITIATIVE.owners.map((key) => ({ organizationId: orgKeyId(orgs, key) })) },
      projects: { create: [{ projectId }] },
      milestones: { create: milestones },
    },
  });
  const open = milestones.map((m) => ({ ...m, completedAt: null }));
  const doneAt = INITIATIVE.milestones.findIndex((m) => m.done);
  const done = { ...milestones[doneAt], by: INITIATIVE.milestones[doneAt].done!.by, at: milestones[doneAt].completedAt! };
  const author = (p: Person) => ({ authorId: who(p).id, authorName: who(p).name });
  await tx.initiativeUpdate.createMany({
    data: [
      {
        initiativeId: id,
        kind: "CREATED",
        ...author(INITIATIVE.createdBy),
        toStatus: "NOT_STARTED",
        progress: 0,
        createdAt: new Date(INITIATIVE.createdAt),
      },
      {
        initiativeId: id,
        kind: "STATUS",
        ...author(status.by),
        body: status.reason,
        fromStatus: "NOT_STARTED",
        toStatus: "LIMITED",
        progress: initiativeProgress({ status: "LIMITED", milestones: open }),
        createdAt: new Date(status.at),
      },
      {
        initiativeId: id,
        kind: "MILESTONE",
        ...author(done.by),
        body: done.title,
        milestoneId: done.id,
        toStatus: "COMPLETE",
        progress: initiativeProgress({ status: "LIMITED", milestones }),
        createdAt: done.at,
      },
    ],
  });
  const followers = await partnersOf(
    tx,
    INITIATIVE.owners.map((key) => orgKeyId(orgs, key)),
  );
  // What the initiatives service tells the followers about the status change and the milestone.
  const changes = [
    { actorId: who(status.by).id, at: new Date(status.at) },
    { actorId: who(done.by).id, at: done.at },
  ];
  return { target: { type: "INITIATIVE" as const, id, followers }, changes };
}

type Pending = {
  recipientId: string;
  kind: NotificationKind;
  subjectType: SubjectType;
  subjectId: string;
  commentId: string | null;
  actorId: string;
  createdAt: Date;
};

/** One notification per recipient and comment, the most specific kind winning, never to the actor: as notify() does. */
function deliver(into: Map<string, Pending>, base: Omit<Pending, "recipientId" | "kind">, kind: NotificationKind, recipients: string[]) {
  for (const recipientId of new Set(recipients)) {
    if (recipientId === base.actorId) continue;
    const key = `${recipientId}|${base.subjectType}|${base.subjectId}|${base.commentId ?? ""}`;
    const seen = into.get(key);
    if (seen && moreSpecific(seen.kind, kind) === seen.kind) continue;
    into.set(key, { ...base, recipientId, kind });
  }
}

/**
 * Threads on the Harbin project, three of its evidence items and a joint initiative, in Chinese
 * and Russian, with a mention, people's translations, an open and a resolved revision request,
 * and the notifications the app would have sent for them (older ones read). Needs the portfolio
 * and the recommendation catalog.
 */
export async function seedDiscussion(tx: DbTx): Promise<{ comments: number; notifications: number }> {
  const rng = mulberry32(20261201);
  const users = await tx.user.findMany({ where: { email: { in: Object.values(PEOPLE) } }, select: { id: true, name: true, email: true } });
  const who = (p: Person) => {
    const user = users.find((u) => u.email === PEOPLE[p]);
    if (!user) throw new Error(`Demo discussion: user ${PEOPLE[p]} is missing.`);
    return user;
  };
  const orgs = await tx.organization.findMany({ select: { id: true, nameEn: true } });
  const text = await tx.projectText.findFirstOrThrow({ where: { title: HARBIN_TITLE }, select: { projectId: true } });
  const projectId = text.projectId;
  const members = await tx.projectPartner.findMany({ where: { projectId, status: "ACCEPTED" }, select: { organizationId: true } });
  const projectFollowers = await partnersOf(
    tx,
    members.map((m) => m.organizationId),
  );
  const initiative = await seedInitiative(tx, rng, projectId, orgs, who);
  const targets: Record<TargetKey, Target> = {
    project: { type: "PROJECT", id: projectId, followers: projectFollowers },
    initiative: initiative.target,
    patents: await loadEvidence(tx, projectId, orgs, "patents", projectFollowers),
    robotCell: await loadEvidence(tx, projectId, orgs, "robotCell", projectFollowers),
    localization: await loadEvidence(tx, projectId, orgs, "localization", projectFollowers),
  };

  const rows: (Prisma.CommentCreateManyInput & { id: string; depth: number; authorId: string; createdAt: Date })[] = [];
  const translations: Prisma.CommentTranslationCreateManyInput[] = [];
  const mentions: Prisma.CommentMentionCreateManyInput[] = [];
  const pending = new Map<string, Pending>();
  /** Who wrote, translated or resolved something on a target, and when: they had read what came before. */
  const activity: { userId: string; subjectId: string; at: Date }[] = [];
  const byKey = new Map<string, (typeof rows)[number]>();

  for (const seed of COMMENTS) {
    const target = targets[seed.target];
    const parent = seed.parent ? byKey.get(seed.parent) : undefined;
    if (seed.parent && !parent) throw new Error(`Demo discussion: ${seed.key} replies to an unknown comment.`);
    const author = who(seed.author);
    const createdAt = instant(seed.at, target);
    const value = target.evidence?.value ?? 0;
    const body =
      typeof seed.body === "string"
        ? seed.body
        : seed.body({
            value: seed.locale === "ru" ? String(value).replace(".", ",") : String(value),
            integer: Number.isInteger(value),
            mention: (p) => mentionToken(who(p)),
          });
    const resolved =
      seed.revision && seed.revision !== "open" ? { by: who(seed.revision.by).id, at: instant(seed.revision.at, target) } : null;
    const translation = seed.translation
      ? { ...seed.translation, by: who(seed.translation.by).id, at: instant(seed.translation.at, target) }
      : null;
    const updatedAt = new Date(Math.max(createdAt.getTime(), resolved?.at.getTime() ?? 0, translation?.at.getTime() ?? 0));
    const row = {
      id: uuid(rng),
      ...arcOf(target),
      parentId: parent?.id ?? null,
      depth: parent ? parent.depth + 1 : 0,
      authorId: author.id,
      body,
      locale: seed.locale,
      version: resolved ? 2 : 1,
      textVersion: 1,
      revisionRequest: !!seed.revision,
      resolvedAt: resolved?.at ?? null,
      resolvedById: resolved?.by ?? null,
      createdAt,
      updatedAt,
    };
    rows.push(row);
    byKey.set(seed.key, row);
    activity.push({ userId: author.id, subjectId: target.id, at: createdAt });
    if (resolved) activity.push({ userId: resolved.by, subjectId: target.id, at: resolved.at });
    if (translation) {
      translations.push({
        commentId: row.id,
        locale: translation.locale,
        body: translation.body,
        sourceVersion: 1,
        translatorId: translation.by,
        updatedAt: translation.at,
      });
      activity.push({ userId: translation.by, subjectId: target.id, at: translation.at });
    }
    const mentioned = mentionedIds(body).filter((id) => id !== author.id);
    mentions.push(...mentioned.map((userId) => ({ commentId: row.id, userId })));

    const base = { subjectType: target.type, subjectId: target.id, commentId: row.id, actorId: author.id, createdAt };
    deliver(pending, base, "NEW_COMMENT", target.followers);
    if (parent) deliver(pending, base, "COMMENT_REPLY", [parent.authorId]);
    deliver(pending, base, "MENTION", mentioned);
    if (seed.revision && target.evidence) deliver(pending, base, "REVISION_REQUEST", target.evidence.authors);
  }
  for (const change of initiative.changes) {
    deliver(
      pending,
      { subjectType: "INITIATIVE", subjectId: initiative.target.id, commentId: null, actorId: change.actorId, createdAt: change.at },
      "INITIATIVE_CHANGED",
      initiative.target.followers,
    );
  }

  // Parents before replies: the depth CHECK and the parent foreign key see a finished level.
  for (const depth of [0, 1, 2]) await tx.comment.createMany({ data: rows.filter((r) => r.depth === depth) });
  await tx.commentTranslation.createMany({ data: translations });
  await tx.commentMention.createMany({ data: mentions });
  const notifications = [...pending.values()].map((n) => {
    const later = activity
      .filter((a) => a.userId === n.recipientId && a.subjectId === n.subjectId && a.at > n.createdAt)
      .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
    const readAt = later ? later.at : n.createdAt < CAUGHT_UP ? new Date(n.createdAt.getTime() + 3 * 3_600_000) : null;
    const { subjectType, subjectId, ...rest } = n;
    return { id: uuid(rng), ...rest, ...arcOf({ type: subjectType, id: subjectId }), channel: "IN_APP" as const, readAt };
  });
  await tx.notification.createMany({ data: notifications });
  return { comments: rows.length, notifications: notifications.length };
}
