import "server-only";

import { z } from "zod";

import type { WriteKind } from "@/lib/limits/rate";

import type { Operation } from "./operation";
import { OPERATIONS } from "./operations";
import { MAX_JSON_BYTES } from "./request";
import { requests, responses } from "./schemas";

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => `#/components/schemas/${id}`;
const convert = { target: "draft-2020-12", unrepresentable: "any", uri: ref } as const;

/** What each refusal status means, for every operation that documents it. */
export const ERROR_STATUSES: Record<number, string> = {
  400: "`invalidInput` (with `fieldErrors`), `ifMatchInvalid`, `cursorInvalid`.",
  401: "`tokenMissing`, `tokenInvalid`, `tokenRevoked` or `tokenExpired`.",
  403: "`tokenScope` (a read-only token), or `forbidden`: the token's owner may not do this.",
  404: "`notFound`: no such record, or one the token may not see (another organization's draft).",
  409: "The record's state does not allow this, e.g. `evidenceWithdrawn`, `notSubmitted`, `notSubmittable`.",
  412: "`staleVersion`: the record changed since the version named in If-Match. Read it again.",
  413: `\`bodyTooLarge\`: more than ${MAX_JSON_BYTES / 1024} KiB.`,
  415: "`unsupportedMediaType`: send `application/json`.",
  422: "A rule that needs the database refused the input, e.g. `projectNotActive`, `indicatorInvalid`.",
  428: "`ifMatchRequired`: updates name the version they change in If-Match.",
  429: "`apiRateLimited`: the token's requests per minute are used up; see Retry-After.",
  500: "`generic`: an unexpected failure, logged on the server. A write may or may not have taken effect: read the record before you send it again.",
  503: "`serviceUnavailable`: the database cannot be reached for the moment. Try again after Retry-After seconds.",
};
const SHARED_ERRORS = [400, 401, 429, 500, 503];

/** What each hourly write limit counts, for the 429 of the operations that count against it. */
const HOURLY_LIMITS: Record<WriteKind, string> = {
  evidence: "evidence entered or changed",
  comment: "comments",
  upload: "files uploaded",
  invitation: "invitations",
};

function errorDescription(op: Operation, status: number): string {
  const text = ERROR_STATUSES[status];
  if (status !== 429 || !op.hourlyLimit) return text;
  return `${text} Or \`writeRateLimited\`: the token's owner has used up the ${HOURLY_LIMITS[op.hourlyLimit]} an hour allows; Retry-After says when one more fits.`;
}

const RETRY_AFTER = { "Retry-After": { description: "Seconds to wait.", required: true, schema: { type: "integer" } } };
const BODY_ERRORS = [413, 415];

/** zod marks each converted schema with its dialect and (for named ones) an `$id`; the document says both once. */
function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

/** Single records that carry a version are sent with it as their ETag (route.ts). */
function sendsEtag(response: z.ZodType): boolean {
  const data = response instanceof z.ZodObject ? (response.shape as Record<string, z.ZodType>).data : undefined;
  return data instanceof z.ZodObject && "version" in (data.shape as object);
}

/** A named schema as a reference; every body the API sends or takes is named (schemas.ts). */
function schemaRef(registry: typeof responses, schema: z.ZodType): JsonSchema {
  const id = registry.get(schema)?.id;
  if (!id) throw new Error("Every request and response body of /api/v1 is a named schema");
  return { $ref: ref(id) };
}

function parameters(schema: z.ZodType | undefined, where: "path" | "query"): JsonSchema[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const { description, ...json } = withoutDialect(z.toJSONSchema(field, { ...convert, io: "input" }) as JsonSchema);
    return {
      name,
      in: where,
      required: where === "path" || !field.safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: json,
    };
  });
}

const RATE_HEADERS = {
  "RateLimit-Limit": { description: "Requests per minute this token may make.", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Requests left in the current minute.", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the current minute's window ends.", schema: { type: "integer" } },
};

function operationObject(op: Operation): JsonSchema {
  const ok = {
    description: op.status === 201 ? "Created." : "OK.",
    headers: {
      ...RATE_HEADERS,
      ...(sendsEtag(op.response) ? { ETag: { description: "The record's version, for If-Match.", schema: { type: "string" } } } : {}),
    },
    content: { "application/json": { schema: schemaRef(responses, op.response) } },
  };
  const errors = Object.fromEntries(
    [...new Set([...SHARED_ERRORS, ...(op.body ? BODY_ERRORS : []), ...op.errors])]
      .sort((a, b) => a - b)
      .map((status) => [
        String(status),
        {
          description: errorDescription(op, status),
          ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
          content: { "application/json": { schema: { $ref: ref("Error") } } },
        },
      ]),
  );
  const ifMatch = op.ifMatch
    ? [
        {
          name: "If-Match",
          in: "header",
          required: true,
          description: 'The version you read (the ETag of the record, e.g. `"3"`).',
          schema: { type: "string" },
        },
      ]
    : [];
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.access === "write" ? { "x-scope": "READ_WRITE" } : { "x-scope": "READ" }),
    parameters: [...parameters(op.params, "path"), ...parameters(op.query, "query"), ...ifMatch],
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaRef(requests, op.body) } } } } : {}),
    responses: { [String(op.status ?? 200)]: ok, ...errors },
  };
}

function components(): Record<string, JsonSchema> {
  const out = z.toJSONSchema(responses, { ...convert, io: "output" }).schemas as Record<string, JsonSchema>;
  const inputs = z.toJSONSchema(requests, { ...convert, io: "input" }).schemas as Record<string, JsonSchema>;
  for (const [id, schema] of Object.entries(inputs)) {
    if (id in out) throw new Error(`Schema name ${id} is used for a request and a response`);
    out[id] = schema;
  }
  return Object.fromEntries(Object.entries(out).map(([id, schema]) => [id, withoutDialect(schema)]));
}

function build(operations: readonly Operation[]) {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Synergia API",
      version: "1.0.0",
      description: [
        "Joint projects, their evidence and scores, the indicator catalog, the policy recommendations and their initiatives.",
        "Authenticate with `Authorization: Bearer <token>`: a personal token (created on your account page) acts as you,",
        "within its scope (READ or READ_WRITE); an organization token (created by an administrator) reads the shared record",
        "for its organization and never writes. Session cookies are not accepted here.",
        "Lists are paged by cursor: pass `nextCursor` back as `cursor`. Updates name the version they change in If-Match",
        "(the ETag of the record); a stale version answers 412. Every refusal is `{ error: { code, field, values }, fieldErrors }`.",
      ].join(" "),
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    tags: [...new Set(operations.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "syn_pat_… or syn_org_…" } },
      schemas: components(),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof build>;

let cached: OpenApiDocument | undefined;

/** The OpenAPI 3.1 document of /api/v1, generated from the operations' zod schemas (once). */
export function openApiDocument(): OpenApiDocument {
  cached ??= build(OPERATIONS);
  return cached;
}
