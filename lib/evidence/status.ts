/**
 * The evidence lifecycle as data (DESIGN §4, issue 4): its statuses, the events that move it
 * between them, who may cause each event, and who sees it. The service, the access checks,
 * the form and the pages all read this table instead of repeating status rules. Pure: no I/O,
 * so the browser imports it too.
 */
import { can, type Action, type Actor, type Resource } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { EVIDENCE_STATUSES, type EvidenceStatus } from "@/lib/scoring/types";

export { EVIDENCE_STATUSES, type EvidenceStatus };

/**
 * - `edit`: the entering organization changes translations only; the status stays.
 * - `change`: it changes what a counterpart verifies (value, period, original narrative, source,
 *   attachments). A confirmation covers the version that was shown, not a later one, so a change
 *   to submitted, verified or disputed evidence puts it back to SUBMITTED.
 * - `submit`, `withdraw`: the entering organization's; WITHDRAWN is final and read-only, the item
 *   stays in the history.
 * - `confirm`, `dispute`, `return`: a counterpart's decision about SUBMITTED evidence.
 */
export const EVIDENCE_EVENTS = ["edit", "change", "submit", "withdraw", "confirm", "dispute", "return"] as const;
export type EvidenceEvent = (typeof EVIDENCE_EVENTS)[number];

type StatusRule = {
  /** Part of the project's shared record; otherwise private to the entering organization. */
  shared: boolean;
  /** Where each event leads from this status; an event that is missing is refused. */
  on: Partial<Record<EvidenceEvent, EvidenceStatus>>;
};

export const LIFECYCLE = {
  DRAFT: { shared: false, on: { edit: "DRAFT", change: "DRAFT", submit: "SUBMITTED", withdraw: "WITHDRAWN" } },
  SUBMITTED: {
    shared: true,
    on: { edit: "SUBMITTED", change: "SUBMITTED", withdraw: "WITHDRAWN", confirm: "VERIFIED", dispute: "DISPUTED", return: "RETURNED" },
  },
  VERIFIED: { shared: true, on: { edit: "VERIFIED", change: "SUBMITTED", withdraw: "WITHDRAWN" } },
  DISPUTED: { shared: true, on: { edit: "DISPUTED", change: "SUBMITTED", withdraw: "WITHDRAWN" } },
  RETURNED: { shared: true, on: { edit: "RETURNED", change: "RETURNED", submit: "SUBMITTED", withdraw: "WITHDRAWN" } },
  WITHDRAWN: { shared: true, on: {} },
} as const satisfies Record<EvidenceStatus, StatusRule>;

/** New evidence starts as a draft; "save and submit" applies `submit` straight away. */
export const INITIAL_STATUS: EvidenceStatus = "DRAFT";

/**
 * Who may cause each event, in the permission module's terms: the entering organization
 * (`evidence.edit`) or a counterpart of the other country or an organizer (`evidence.verify`).
 */
export const EVENT_PERMISSION: Record<EvidenceEvent, Action> = {
  edit: "evidence.edit",
  change: "evidence.edit",
  submit: "evidence.edit",
  withdraw: "evidence.edit",
  confirm: "evidence.verify",
  dispute: "evidence.verify",
  return: "evidence.verify",
};

/** The message key (`errors.`) when an event does not apply to the current status. */
const REFUSAL: Record<EvidenceEvent, string> = {
  edit: "evidenceWithdrawn",
  change: "evidenceWithdrawn",
  submit: "notSubmittable",
  withdraw: "evidenceWithdrawn",
  confirm: "notSubmitted",
  dispute: "notSubmitted",
  return: "notSubmitted",
};

export const DECISION_EVENT = { CONFIRM: "confirm", DISPUTE: "dispute", RETURN: "return" } as const satisfies Record<string, EvidenceEvent>;

const rule = (status: EvidenceStatus): StatusRule => LIFECYCLE[status];

/** The status an event leads to, or null when it does not apply. */
export function nextStatus(status: EvidenceStatus, event: EvidenceEvent): EvidenceStatus | null {
  return rule(status).on[event] ?? null;
}

/** The status an event leads to; a ConflictError with the reason when it does not apply. */
export function nextStatusOrThrow(status: EvidenceStatus, event: EvidenceEvent): EvidenceStatus {
  const next = nextStatus(status, event);
  if (!next) throw new ConflictError(REFUSAL[event]);
  return next;
}

/** May this actor cause the event now? The resource is what `evidence.*` permissions inspect. */
export function allows(actor: Actor, status: EvidenceStatus, event: EvidenceEvent, resource: Resource): boolean {
  return nextStatus(status, event) !== null && can(actor, EVENT_PERMISSION[event], resource);
}

/** Statuses from which the event applies, for queries ("awaiting verification"). */
export function statusesAllowing(event: EvidenceEvent): EvidenceStatus[] {
  return EVIDENCE_STATUSES.filter((s) => nextStatus(s, event) !== null);
}

/** Counterparts can decide it now. */
export const awaitsDecision = (status: EvidenceStatus) => nextStatus(status, "confirm") !== null;

/** A change to what was verified (re)starts verification: the form warns before it happens. */
export function reopensOnChange(status: EvidenceStatus): boolean {
  const next = nextStatus(status, "change");
  return next !== null && awaitsDecision(next);
}

/** No event applies any more: the item is only history. */
export const isFinal = (status: EvidenceStatus) => Object.keys(rule(status).on).length === 0;

/** Part of the project's shared record; otherwise only the entering organization sees it. */
export const isShared = (status: EvidenceStatus) => rule(status).shared;

/** Statuses only the entering organization sees. */
export const PRIVATE_STATUSES = EVIDENCE_STATUSES.filter((s) => !isShared(s));

/** What an initiative update may cite: shared, and not final (withdrawn evidence proves nothing). */
export const CITABLE_STATUSES = EVIDENCE_STATUSES.filter((s) => isShared(s) && !isFinal(s));

export function isVisibleTo(actor: Actor, evidence: { status: EvidenceStatus; organizationId: string }): boolean {
  return isShared(evidence.status) || actor.organizationId === evidence.organizationId;
}

/** A hidden draft answers "not found", like an unknown id, so its existence does not leak. */
export function assertVisible(actor: Actor, evidence: { status: EvidenceStatus; organizationId: string }): void {
  if (!isVisibleTo(actor, evidence)) throw new NotFoundError();
}

/** What the current user may do with a piece of evidence in its current status. */
export type EvidenceAbilities = { edit: boolean; submit: boolean; withdraw: boolean; decide: boolean };

export function abilities(actor: Actor, status: EvidenceStatus, resource: Resource): EvidenceAbilities {
  return {
    edit: allows(actor, status, "edit", resource),
    submit: allows(actor, status, "submit", resource),
    withdraw: allows(actor, status, "withdraw", resource),
    decide: allows(actor, status, "confirm", resource),
  };
}
