import "server-only";

import type { DbTx } from "@/lib/db/client";
import type { EvidenceStatus } from "@/lib/evidence/status";

import type { EvidenceTitle } from "./present";
import { notify } from "./service";

/** Notifications that the evidence and initiative services raise inside their transactions. */

const DECIDED = { CONFIRM: "EVIDENCE_CONFIRMED", DISPUTE: "EVIDENCE_DISPUTED", RETURN: "EVIDENCE_RETURNED" } as const;

/**
 * Submitted evidence waits for the other country's partners on the project. `evidence` as the
 * submission left it (its new status decides who may be told). `known`: what the caller has
 * already read, the project's accepted partners with their country and the item's title, so
 * that neither is read again.
 */
export async function evidenceSubmitted(
  tx: DbTx,
  evidence: { id: string; projectId: string; organizationId: string; status: EvidenceStatus },
  actorId: string,
  known: { members?: readonly { organizationId: string; country: string }[]; title?: EvidenceTitle } = {},
) {
  const members =
    known.members ??
    (
      await tx.projectPartner.findMany({
        where: { projectId: evidence.projectId, status: "ACCEPTED" },
        select: { organization: { select: { id: true, country: true } } },
      })
    ).map((m) => ({ organizationId: m.organization.id, country: m.organization.country }));
  const authorCountry =
    members.find((m) => m.organizationId === evidence.organizationId)?.country ??
    (await tx.organization.findUnique({ where: { id: evidence.organizationId }, select: { country: true } }))?.country;
  if (!authorCountry) return;
  const counterparts = members.filter((m) => m.country !== authorCountry).map((m) => m.organizationId);
  await notify(tx, [
    {
      kind: "VERIFICATION_REQUESTED",
      recipientIds: [],
      partnersOf: counterparts,
      actorId,
      subject: { type: "EVIDENCE", id: evidence.id },
      evidence: { status: evidence.status, organizationId: evidence.organizationId, title: known.title },
    },
  ]);
}

/** A decision reaches the evidence's author and their organization's partners, and settles the request. */
export async function evidenceDecided(
  tx: DbTx,
  evidence: { id: string; organizationId: string; submittedById: string | null },
  decision: keyof typeof DECIDED,
  actorId: string,
) {
  // The request to verify is settled for everyone it went to: it no longer counts as unread.
  await tx.notification.updateMany({
    where: { kind: "VERIFICATION_REQUESTED", evidenceId: evidence.id, readAt: null },
    data: { readAt: new Date() },
  });
  await notify(tx, [
    {
      kind: DECIDED[decision],
      recipientIds: evidence.submittedById ? [evidence.submittedById] : [],
      partnersOf: [evidence.organizationId],
      actorId,
      subject: { type: "EVIDENCE", id: evidence.id },
    },
  ]);
}

/**
 * Many decisions of one verifier at once (the queue's bulk confirmation): the requests are
 * settled, and each author and partner gets one notification per item in a single notify call,
 * so whoever takes e-mail gets one mail for the whole batch.
 */
export async function evidenceBatchDecided(
  tx: DbTx,
  items: readonly { id: string; organizationId: string; submittedById: string | null }[],
  decision: keyof typeof DECIDED,
  actorId: string,
) {
  if (items.length === 0) return;
  await tx.notification.updateMany({
    where: { kind: "VERIFICATION_REQUESTED", evidenceId: { in: items.map((e) => e.id) }, readAt: null },
    data: { readAt: new Date() },
  });
  await notify(
    tx,
    items.map((e) => ({
      kind: DECIDED[decision],
      recipientIds: e.submittedById ? [e.submittedById] : [],
      partnersOf: [e.organizationId],
      actorId,
      subject: { type: "EVIDENCE" as const, id: e.id },
    })),
  );
}

/** An organization invited to a project: its partners are asked to answer. */
export async function projectInvited(tx: DbTx, projectId: string, organizationId: string, actorId: string) {
  await notify(tx, [
    { kind: "PROJECT_INVITATION", recipientIds: [], partnersOf: [organizationId], actorId, subject: { type: "PROJECT", id: projectId } },
  ]);
}

/** Status changes, updates and milestones reach the initiative's followers. */
export async function initiativeChanged(tx: DbTx, initiativeId: string, actorId: string) {
  await notify(tx, [{ kind: "INITIATIVE_CHANGED", recipientIds: [], actorId, subject: { type: "INITIATIVE", id: initiativeId } }]);
}
