import "server-only";

import { recordAudit } from "@/lib/audit/service";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { getDb, type DbTx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { evidenceDecided, evidenceSubmitted } from "@/lib/notifications/triggers";
import { recordScoreSnapshot } from "@/lib/scores/record";

import { evidenceAccess, evidenceResource, lockEvidence } from "./access";
import type { TDecision, TEvidenceRef } from "./schema";
import { awaitsDecision, DECISION_EVENT, EVENT_PERMISSION, nextStatusOrThrow } from "./status";

/**
 * The status changes that carry no other change: the entering organization's submit and
 * withdraw, and a counterpart's decision (new and edited evidence are in `./service`). Each
 * checks visibility, the permission (table in `./status`), the version (optimistic locking) and
 * the transition before it writes; it bumps `version` and writes an audit entry and a score
 * snapshot in the same transaction.
 */

/** The entering organization's submit or withdraw, without other changes. */
async function ownerEvent(actor: Actor, ref: TEvidenceRef, kind: "submit" | "withdraw") {
  return getDb().$transaction(async (tx) => {
    const { evidence: before, project } = await lockEvidence(tx, actor, ref.id);
    const { resource, members } = await evidenceAccess(tx, actor, before);
    assertCan(actor, EVENT_PERMISSION[kind], resource);
    if (before.version !== ref.version) throw new ConflictError("staleVersion");
    const status = nextStatusOrThrow(before.status, kind);
    const after = await tx.evidence.update({
      where: { id: before.id },
      data: {
        status,
        ...(awaitsDecision(status) ? { submittedAt: new Date(), submittedById: actor.id } : {}),
        version: { increment: 1 },
      },
    });
    const { texts: _t, attachments: _a, organization: _o, indicator: title, ...plainBefore } = before;
    await recordAudit(tx, {
      actorId: actor.id,
      action: `evidence.${kind}`,
      entityType: "Evidence",
      entityId: before.id,
      before: plainBefore,
      after,
    });
    await recordScoreSnapshot(tx, project, { kind: `evidence.${kind}`, id: before.id });
    if (awaitsDecision(status)) await evidenceSubmitted(tx, after, actor.id, { members, title });
    return after;
  });
}

export const submitEvidence = (actor: Actor, ref: TEvidenceRef) => ownerEvent(actor, ref, "submit");
export const withdrawEvidence = (actor: Actor, ref: TEvidenceRef) => ownerEvent(actor, ref, "withdraw");

/**
 * A counterpart's decision inside the caller's transaction: every check (visibility, permission,
 * version, status) runs before anything is written, so a refusal leaves the transaction clean
 * and the bulk confirmation can go on with the next item.
 */
export async function applyDecision(tx: DbTx, actor: Actor, input: TDecision) {
  // A hidden draft is "not found" for anyone but its organization, even for organizers.
  const { evidence: before, project } = await lockEvidence(tx, actor, input.id);
  const event = DECISION_EVENT[input.decision];
  assertCan(actor, EVENT_PERMISSION[event], await evidenceResource(tx, actor, before));
  if (before.version !== input.version) throw new ConflictError("staleVersion");
  const status = nextStatusOrThrow(before.status, event);
  const verification = await tx.verification.create({
    data: {
      evidenceId: before.id,
      userId: actor.id,
      organizationId: actor.organizationId,
      decision: input.decision,
      reason: input.reason || null,
      fixes: input.decision === "RETURN" ? input.fixes : [],
      evidenceVersion: before.version,
    },
  });
  const after = await tx.evidence.update({
    where: { id: before.id },
    data: { status, version: { increment: 1 } },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: `evidence.${input.decision.toLowerCase()}`,
    entityType: "Evidence",
    entityId: before.id,
    before: { status: before.status, version: before.version },
    after: { status: after.status, version: after.version, verification },
  });
  return { before, after, verification, project };
}

/**
 * A counterpart's decision. It applies to the version the decider was shown: if the author
 * changed the evidence (or someone else decided) since, the decision is refused as stale.
 */
export async function decideEvidence(actor: Actor, input: TDecision) {
  return getDb().$transaction(async (tx) => {
    const { before, after, verification, project } = await applyDecision(tx, actor, input);
    await recordScoreSnapshot(tx, project, { kind: `verification.${input.decision.toLowerCase()}`, id: verification.id });
    await evidenceDecided(tx, before, input.decision, actor.id);
    return after;
  });
}
