import "server-only";

import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { DbTx, Prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { assertVisible, isShared, type EvidenceStatus } from "@/lib/evidence/status";

import type { TTarget } from "./schema";

type Reader = Pick<DbTx, "jointProject" | "evidence" | "initiative">;

/** What the comments service needs to know about a target the actor may read. */
export type TargetInfo = {
  target: TTarget;
  /** For evidence: the organization that entered it (its partners resolve revision requests). */
  evidence?: { organizationId: string; status: EvidenceStatus };
};

/**
 * Comments are readable and writable by whoever may read the target: projects and initiatives
 * by everyone signed in, evidence unless it is another organization's draft (which answers
 * "not found", exactly like the evidence page).
 */
export async function loadTargetOrThrow(db: Reader, actor: Actor, target: TTarget): Promise<TargetInfo> {
  assertCan(actor, "comment.write");
  if (target.type === "PROJECT") {
    assertCan(actor, "project.read");
    const project = await db.jointProject.findUnique({ where: { id: target.id }, select: { id: true } });
    if (!project) throw new NotFoundError();
    return { target };
  }
  if (target.type === "INITIATIVE") {
    assertCan(actor, "recommendation.read");
    const initiative = await db.initiative.findUnique({ where: { id: target.id }, select: { id: true } });
    if (!initiative) throw new NotFoundError();
    return { target };
  }
  assertCan(actor, "project.read");
  const evidence = await db.evidence.findUnique({ where: { id: target.id }, select: { organizationId: true, status: true } });
  if (!evidence) throw new NotFoundError();
  assertVisible(actor, evidence);
  return { target, evidence };
}

/** Users who can see the target: everyone active, or only the drafting organization for a draft. */
export function readersWhere(info: TargetInfo): Prisma.UserWhereInput {
  const base: Prisma.UserWhereInput = { status: "ACTIVE" };
  if (info.evidence && !isShared(info.evidence.status)) return { ...base, organizationId: info.evidence.organizationId };
  return base;
}
