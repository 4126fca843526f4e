import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type DbTx } from "@/lib/db/client";
import { arcOf } from "@/lib/db/target-arc";
import { NotFoundError } from "@/lib/errors";
import { assertUuid } from "@/lib/ids";

/**
 * Following projects and initiatives. Partners of a project's accepted organizations, and of an
 * initiative's owner organizations, follow it implicitly; a Follow row records an explicit
 * choice either way, so anyone can follow something and anyone can turn the implicit following
 * off. Evidence is not followed on its own: its project's followers follow it.
 */
export type FollowSubject = { type: "PROJECT" | "INITIATIVE"; id: string };
type Reader = Pick<DbTx, "follow" | "user" | "projectPartner" | "initiativeOwner" | "evidence">;

/** Organizations whose partners follow the subject without asking. */
async function implicitOrgIds(db: Reader, subject: FollowSubject): Promise<string[]> {
  if (subject.type === "PROJECT") {
    const rows = await db.projectPartner.findMany({
      where: { projectId: subject.id, status: "ACCEPTED" },
      select: { organizationId: true },
    });
    return rows.map((r) => r.organizationId);
  }
  const rows = await db.initiativeOwner.findMany({ where: { initiativeId: subject.id }, select: { organizationId: true } });
  return rows.map((r) => r.organizationId);
}

/** Active users following the subject (an EVIDENCE subject means its project). */
export async function followersOf(db: Reader, subject: { type: "PROJECT" | "EVIDENCE" | "INITIATIVE"; id: string }): Promise<string[]> {
  let target: FollowSubject;
  if (subject.type === "EVIDENCE") {
    const evidence = await db.evidence.findUnique({ where: { id: subject.id }, select: { projectId: true } });
    if (!evidence) return [];
    target = { type: "PROJECT", id: evidence.projectId };
  } else {
    target = { type: subject.type, id: subject.id };
  }
  // Sequential: `db` is usually the caller's transaction (one connection, one query at a time).
  const orgIds = await implicitOrgIds(db, target);
  const choices = await db.follow.findMany({
    where: arcOf(target),
    select: { userId: true, following: true },
  });
  const implicit = orgIds.length
    ? await db.user.findMany({ where: { organizationId: { in: orgIds }, role: "PARTNER", status: "ACTIVE" }, select: { id: true } })
    : [];
  const ids = new Set(implicit.map((u) => u.id));
  for (const choice of choices) {
    if (choice.following) ids.add(choice.userId);
    else ids.delete(choice.userId);
  }
  return [...ids];
}

async function assertSubject(subject: FollowSubject) {
  assertUuid(subject.id);
  const db = getDb();
  const found =
    subject.type === "PROJECT"
      ? await db.jointProject.count({ where: { id: subject.id } })
      : await db.initiative.count({ where: { id: subject.id } });
  if (found === 0) throw new NotFoundError();
}

export type FollowState = { following: boolean; implicit: boolean };

/** The unique key of the actor's row for the subject. */
function followKey(userId: string, subject: FollowSubject) {
  return subject.type === "PROJECT"
    ? { userId_projectId: { userId, projectId: subject.id } }
    : { userId_initiativeId: { userId, initiativeId: subject.id } };
}

export async function followState(actor: Actor, subject: FollowSubject): Promise<FollowState> {
  assertCan(actor, "follow.manage");
  const db = getDb();
  const [choice, orgIds] = await Promise.all([db.follow.findUnique({ where: followKey(actor.id, subject) }), implicitOrgIds(db, subject)]);
  const implicit = actor.role === "PARTNER" && !!actor.organizationId && orgIds.includes(actor.organizationId);
  return { following: choice ? choice.following : implicit, implicit };
}

export async function setFollowing(actor: Actor, subject: FollowSubject, following: boolean): Promise<FollowState> {
  assertCan(actor, "follow.manage");
  await assertSubject(subject);
  await getDb().$transaction(async (tx) => {
    const where = followKey(actor.id, subject);
    const before = await tx.follow.findUnique({ where });
    const after = await tx.follow.upsert({
      where,
      create: { userId: actor.id, ...arcOf(subject), following },
      update: { following },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: following ? "follow.follow" : "follow.unfollow",
      entityType: subject.type === "PROJECT" ? "JointProject" : "Initiative",
      entityId: subject.id,
      before,
      after,
    });
  });
  return followState(actor, subject);
}

/** Initiatives the user chose to follow, and those they turned off, for the landing page. */
export async function initiativeChoices(userId: string): Promise<{ followed: string[]; unfollowed: string[] }> {
  const rows = await getDb().follow.findMany({
    where: { userId, initiativeId: { not: null } },
    select: { initiativeId: true, following: true },
  });
  const ids = (following: boolean) => rows.flatMap((r) => (r.following === following && r.initiativeId ? [r.initiativeId] : []));
  return { followed: ids(true), unfollowed: ids(false) };
}
