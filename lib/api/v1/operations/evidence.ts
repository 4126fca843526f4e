import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/auth/permissions";
import { listProjectEvidenceAfter } from "@/lib/evidence/pages";
import { getEvidenceOrThrow } from "@/lib/evidence/queries";
import { ZCreateRequest, ZDecision, ZUpdateRequest } from "@/lib/evidence/schema";
import { createEvidence, updateEvidence } from "@/lib/evidence/service";
import { EVIDENCE_STATUSES } from "@/lib/evidence/status";
import { decideEvidence, submitEvidence, withdrawEvidence } from "@/lib/evidence/transitions";

import { decodeCursor, encodeCursor } from "../cursor";
import { defineOperation } from "../operation";
import { named, one, page, requests, ZIdParams, ZPageQuery } from "../schemas";
import { toEvidence, ZEvidence } from "./evidence-dto";

// Attachments are not uploaded through the API (multipart belongs to the app's forms); evidence
// entered here has none, and an edit keeps the ones it has.

const read = async (actor: Actor, id: string) => ({ data: toEvidence((await getEvidenceOrThrow(actor, id, "en")).evidence) });

export const getEvidence = defineOperation({
  operationId: "getEvidence",
  method: "get",
  path: "/evidence/{id}",
  tag: "Evidence",
  summary: "Read a piece of evidence",
  description: "Another organization's draft is not found, like an unknown id.",
  access: "read",
  params: ZIdParams,
  response: one(ZEvidence),
  errors: [404],
  run: (actor, { params }) => read(actor, params.id),
});

export const listProjectEvidence = defineOperation({
  operationId: "listProjectEvidence",
  method: "get",
  path: "/projects/{id}/evidence",
  tag: "Evidence",
  summary: "List a project's evidence",
  description:
    "Newest first: everything shared (submitted and after) and the token owner's own organization's drafts; other organizations' drafts never appear.",
  access: "read",
  params: ZIdParams,
  query: ZPageQuery.extend({
    status: z.enum(EVIDENCE_STATUSES).optional(),
    indicator: z.uuid().optional().meta({ description: "Only evidence for this indicator." }),
    organization: z.uuid().optional().meta({ description: "Only evidence entered by this organization." }),
  }),
  response: page(ZEvidence),
  errors: [404],
  async run(actor, { params, query }) {
    const after = decodeCursor(z.uuid(), query.cursor);
    const filter = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.indicator ? { indicatorId: query.indicator } : {}),
      ...(query.organization ? { organizationId: query.organization } : {}),
    };
    const { rows, next } = await listProjectEvidenceAfter(actor, params.id, after, query.limit, filter);
    return { data: rows.map(toEvidence), nextCursor: next && encodeCursor(next) };
  },
});

export const ZEvidenceCreate = named(
  requests,
  "EvidenceCreate",
  ZCreateRequest,
  "New evidence for a project of the token owner's organization; `intent: submit` sends it for verification at once.",
);

export const createEvidenceOperation = defineOperation({
  operationId: "createEvidence",
  method: "post",
  path: "/evidence",
  tag: "Evidence",
  summary: "Enter evidence",
  access: "write",
  body: ZEvidenceCreate,
  status: 201,
  response: one(ZEvidence),
  // Each entry or change counts against the owner's evidence per hour (lib/evidence/service.ts).
  hourlyLimit: "evidence",
  errors: [403, 404, 422],
  async run(actor, { body }) {
    const { intent, ...input } = body;
    const evidence = await createEvidence(actor, input, [], intent);
    return read(actor, evidence.id);
  },
});

export const ZEvidenceReplace = named(
  requests,
  "EvidenceReplace",
  ZUpdateRequest.omit({ version: true }),
  "Every field of the evidence, as its edit form has them; the indicator and the narrative's language stay as they are.",
);

export const replaceEvidence = defineOperation({
  operationId: "replaceEvidence",
  method: "put",
  path: "/evidence/{id}",
  tag: "Evidence",
  summary: "Change evidence",
  description:
    "The entering organization changes its evidence. A change to what a counterpart verifies puts submitted, verified or disputed evidence back to SUBMITTED.",
  access: "write",
  params: ZIdParams,
  body: ZEvidenceReplace,
  ifMatch: true,
  response: one(ZEvidence),
  // Each entry or change counts against the owner's evidence per hour (lib/evidence/service.ts).
  hourlyLimit: "evidence",
  errors: [403, 404, 409, 412, 422, 428],
  async run(actor, { params, body, version }) {
    const { intent, ...input } = body;
    await updateEvidence(actor, { ...input, id: params.id, version }, [], intent);
    return read(actor, params.id);
  },
});

const ownerEvent = (kind: "submit" | "withdraw") =>
  defineOperation({
    operationId: `${kind}Evidence`,
    method: "post",
    path: `/evidence/{id}/${kind}`,
    tag: "Evidence",
    summary: kind === "submit" ? "Submit evidence for verification" : "Withdraw evidence",
    access: "write",
    params: ZIdParams,
    ifMatch: true,
    response: one(ZEvidence),
    errors: [403, 404, 409, 412, 428],
    async run(actor, { params, version }) {
      await (kind === "submit" ? submitEvidence : withdrawEvidence)(actor, { id: params.id, version });
      return read(actor, params.id);
    },
  });

export const submitEvidenceOperation = ownerEvent("submit");
export const withdrawEvidenceOperation = ownerEvent("withdraw");

const [confirm, dispute, giveBack] = ZDecision.options;
const withoutRef = { id: true, version: true } as const;
export const ZEvidenceDecision = named(
  requests,
  "EvidenceDecision",
  z.discriminatedUnion("decision", [confirm.omit(withoutRef), dispute.omit(withoutRef), giveBack.omit(withoutRef)]),
  "A counterpart's decision: CONFIRM, DISPUTE with a reason, or RETURN with the fixes needed.",
);

export const decideEvidenceOperation = defineOperation({
  operationId: "decideEvidence",
  method: "post",
  path: "/evidence/{id}/decision",
  tag: "Evidence",
  summary: "Confirm, dispute or return evidence",
  description: "A partner of the other country on the same project, or an organizer, decides about submitted evidence.",
  access: "write",
  params: ZIdParams,
  body: ZEvidenceDecision,
  ifMatch: true,
  response: one(ZEvidence),
  errors: [403, 404, 409, 412, 428],
  async run(actor, { params, body, version }) {
    await decideEvidence(actor, { ...body, id: params.id, version });
    return read(actor, params.id);
  },
});
