import "server-only";

import { z } from "zod";

import { describeToken } from "@/lib/api-tokens/service";

import { defineOperation } from "../operation";
import { named, one, organizationRef, responses, ZIsoDateTime, ZOrganizationRef } from "../schemas";

export const ZTokenInfo = named(
  responses,
  "Token",
  z.object({
    id: z.uuid(),
    kind: z.enum(["PERSONAL", "ORGANIZATION"]),
    name: z.string(),
    scope: z.enum(["READ", "READ_WRITE"]),
    expiresAt: ZIsoDateTime,
    user: z
      .object({ name: z.string(), role: z.enum(["ADMIN", "ORGANIZER", "PARTNER"]) })
      .nullable()
      .meta({
        description: "The person a personal token acts as; null for an organization token.",
      }),
    organization: ZOrganizationRef.nullable().meta({
      description: "The owner's organization, or the organization an organization token reads for.",
    }),
  }),
  "The token this request was made with and whom it acts for.",
);

export const getToken = defineOperation({
  operationId: "getToken",
  method: "get",
  path: "/token",
  tag: "Token",
  summary: "Describe the token in use",
  access: "read",
  response: one(ZTokenInfo),
  errors: [],
  async run(actor) {
    const t = await describeToken(actor);
    return {
      data: {
        id: t.id,
        kind: t.kind,
        name: t.name,
        scope: t.scope,
        expiresAt: t.expiresAt.toISOString(),
        user: t.user ? { name: t.user.name, role: t.user.role } : null,
        organization: t.organization ? organizationRef(t.organization) : null,
      },
    };
  },
});
