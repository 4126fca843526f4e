import { describe, expect, it } from "vitest";

import type { Actor, Resource } from "@/lib/auth/permissions";
import { ConflictError, NotFoundError } from "@/lib/errors";
import {
  abilities,
  assertVisible,
  CITABLE_STATUSES,
  EVIDENCE_EVENTS,
  EVIDENCE_STATUSES,
  isFinal,
  isVisibleTo,
  nextStatus,
  nextStatusOrThrow,
  PRIVATE_STATUSES,
  reopensOnChange,
  statusesAllowing,
  type EvidenceEvent,
  type EvidenceStatus,
} from "@/lib/evidence/status";

// The lifecycle written out by hand, row = status, column = event ("—" = refused), so that a
// change to the table in lib/evidence/status.ts has to be made here too, on purpose.
const _ = null;
const expected: Record<EvidenceStatus, Record<EvidenceEvent, EvidenceStatus | null>> = {
  //         edit          change        submit        withdraw      confirm      dispute      return
  DRAFT: row("DRAFT", "DRAFT", "SUBMITTED", "WITHDRAWN", _, _, _),
  SUBMITTED: row("SUBMITTED", "SUBMITTED", _, "WITHDRAWN", "VERIFIED", "DISPUTED", "RETURNED"),
  VERIFIED: row("VERIFIED", "SUBMITTED", _, "WITHDRAWN", _, _, _),
  DISPUTED: row("DISPUTED", "SUBMITTED", _, "WITHDRAWN", _, _, _),
  RETURNED: row("RETURNED", "RETURNED", "SUBMITTED", "WITHDRAWN", _, _, _),
  WITHDRAWN: row(_, _, _, _, _, _, _),
};

function row(...to: (EvidenceStatus | null)[]): Record<EvidenceEvent, EvidenceStatus | null> {
  return Object.fromEntries(EVIDENCE_EVENTS.map((e, i) => [e, to[i]])) as Record<EvidenceEvent, EvidenceStatus | null>;
}

const cells = EVIDENCE_STATUSES.flatMap((s) => EVIDENCE_EVENTS.map((e) => [s, e, expected[s][e]] as const));

describe("evidence lifecycle table", () => {
  it.each(cells)("%s --%s--> %s", (status, event, to) => {
    expect(nextStatus(status, event)).toBe(to);
  });

  it.each(cells.filter(([, , to]) => to === null))("%s refuses %s with a conflict that says why", (status, event) => {
    const code =
      event === "submit" ? "notSubmittable" : ["confirm", "dispute", "return"].includes(event) ? "notSubmitted" : "evidenceWithdrawn";
    expect(() => nextStatusOrThrow(status, event)).toThrow(ConflictError);
    expect(() => nextStatusOrThrow(status, event)).toThrow(code);
  });

  it("derives the lists the queries and the form use", () => {
    expect(PRIVATE_STATUSES).toEqual(["DRAFT"]);
    expect(CITABLE_STATUSES).toEqual(["SUBMITTED", "VERIFIED", "DISPUTED", "RETURNED"]);
    expect(statusesAllowing("confirm")).toEqual(["SUBMITTED"]);
    expect(statusesAllowing("submit")).toEqual(["DRAFT", "RETURNED"]);
    expect(EVIDENCE_STATUSES.filter(reopensOnChange)).toEqual(["SUBMITTED", "VERIFIED", "DISPUTED"]);
    expect(EVIDENCE_STATUSES.filter(isFinal)).toEqual(["WITHDRAWN"]);
  });
});

const ORG = "org-cn";
const owner: Actor = { id: "u1", role: "PARTNER", organizationId: ORG };
const colleague: Actor = { id: "u2", role: "PARTNER", organizationId: ORG };
const counterpart: Actor = { id: "u3", role: "PARTNER", organizationId: "org-ru" };
const sameCountry: Actor = { id: "u4", role: "PARTNER", organizationId: "org-cn-2" };
const organizer: Actor = { id: "u5", role: "ORGANIZER", organizationId: null };
const admin: Actor = { id: "u6", role: "ADMIN", organizationId: null };

const resource = (actor: Actor): Resource => ({
  memberOrgIds: [ORG, "org-ru", "org-cn-2"],
  evidenceOrgId: ORG,
  evidenceCountry: "CN",
  actorCountry: actor.organizationId === "org-ru" ? "RU" : actor.organizationId ? "CN" : null,
});

describe("who may do what", () => {
  const none = { edit: false, submit: false, withdraw: false, decide: false };
  it.each([
    // The entering organization edits, submits and withdraws; never decides its own evidence.
    ["the author", "DRAFT", { edit: true, submit: true, withdraw: true, decide: false }, owner],
    ["the author's colleague", "RETURNED", { edit: true, submit: true, withdraw: true, decide: false }, colleague],
    ["the author", "SUBMITTED", { edit: true, submit: false, withdraw: true, decide: false }, owner],
    ["the author", "VERIFIED", { edit: true, submit: false, withdraw: true, decide: false }, owner],
    ["the author", "WITHDRAWN", none, owner],
    // Counterparts of the other country and organizers decide submitted evidence, nothing else.
    ["a counterpart", "SUBMITTED", { ...none, decide: true }, counterpart],
    ["an organizer", "SUBMITTED", { ...none, decide: true }, organizer],
    ["a counterpart", "VERIFIED", none, counterpart],
    ["an organizer", "RETURNED", none, organizer],
    // A partner of the same country and an administrator do neither.
    ["a same-country partner", "SUBMITTED", none, sameCountry],
    ["an administrator", "SUBMITTED", none, admin],
  ] as const)("%s on %s evidence", (_name, status, can, actor) => {
    expect(abilities(actor, status, resource(actor))).toEqual(can);
  });
});

describe("who sees drafts", () => {
  const draft = { status: "DRAFT" as const, organizationId: ORG };
  it.each([
    ["the author", true, owner],
    ["the author's colleague", true, colleague],
    ["a counterpart", false, counterpart],
    ["an organizer", false, organizer],
    ["an administrator", false, admin],
  ] as const)("a draft is visible to %s: %s", (_name, visible, actor) => {
    expect(isVisibleTo(actor, draft)).toBe(visible);
    if (visible) expect(() => assertVisible(actor, draft)).not.toThrow();
    else expect(() => assertVisible(actor, draft)).toThrow(NotFoundError);
  });

  it.each(EVIDENCE_STATUSES.filter((s) => s !== "DRAFT"))("%s evidence is visible to every reader", (status) => {
    for (const actor of [owner, counterpart, sameCountry, organizer, admin]) {
      expect(isVisibleTo(actor, { status, organizationId: ORG })).toBe(true);
    }
  });
});
