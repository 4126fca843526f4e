import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { openApiDocument } from "@/lib/api/v1/openapi";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { messagesByLocale } from "@/lib/i18n/messages";

import { contractChecker, openApiDocumentProblems } from "../support/openapi-contract";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const doc = openApiDocument();

describe("the OpenAPI document of /api/v1", () => {
  it("is a valid OpenAPI 3.1 document whose schemas are valid JSON Schema 2020-12", () => {
    expect(openApiDocumentProblems(doc as never)).toEqual([]);
  });

  it("names a route handler for every operation, and every route handler under app/api/v1 is documented", () => {
    for (const op of OPERATIONS) {
      const file = path.join(ROOT, "app/api/v1", op.path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
      expect(existsSync(file), file).toBe(true);
      const source = readFileSync(file, "utf8");
      expect(source, `${file} serves ${op.method.toUpperCase()} with apiRoute(${op.operationId})`).toMatch(
        new RegExp(`export const ${op.method.toUpperCase()} = apiRoute\\(\\w+\\)`),
      );
    }
    const documented = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m} ${p}`));
    expect(documented.sort()).toEqual(OPERATIONS.map((op) => `${op.method} ${op.path}`).sort());
    const served = readdirSync(path.join(ROOT, "app/api/v1"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith("route.ts") && !f.startsWith("openapi.json"))
      .map((f) => `/${path.dirname(f)}`.replace(/\[(\w+)\]/g, "{$1}"));
    expect([...new Set(served)].sort()).toEqual(Object.keys(doc.paths).sort());
  });

  it("documents If-Match on every update and a token scope on every operation", () => {
    for (const op of OPERATIONS) {
      const described = (doc.paths as Record<string, Record<string, { parameters: { name: string }[]; "x-scope": string }>>)[op.path][
        op.method
      ];
      expect(described["x-scope"]).toBe(op.access === "write" ? "READ_WRITE" : "READ");
      expect(described.parameters.some((p) => p.name === "If-Match")).toBe(op.ifMatch === true);
      if (op.ifMatch) expect(op.errors).toEqual(expect.arrayContaining([412, 428]));
    }
  });

  it("names every operation on the reference page in English, Chinese and Russian", () => {
    for (const locale of ["en", "zh", "ru"] as const) {
      const named = (messagesByLocale[locale] as unknown as { apiDocs: { operations: Record<string, string> } }).apiDocs.operations;
      expect(OPERATIONS.filter((op) => !named[op.operationId]?.trim()).map((op) => op.operationId)).toEqual([]);
    }
  });

  it("explains every documented status on the reference page in English, Chinese and Russian", () => {
    const documented = new Set(
      Object.values(doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>).flatMap((methods) =>
        Object.values(methods).flatMap((op) => Object.keys(op.responses)),
      ),
    );
    for (const locale of ["en", "zh", "ru"] as const) {
      const statuses = (messagesByLocale[locale] as unknown as { apiDocs: { statuses: Record<string, string> } }).apiDocs.statuses;
      expect([...documented].filter((status) => !statuses[status]?.trim())).toEqual([]);
    }
  });

  it("lets the contract check catch a response that breaks the document", () => {
    const contract = contractChecker(doc as never);
    const error = { error: { code: "notFound" } };
    expect(contract.check("GET", "/evidence/00000000-0000-4000-8000-000000000000", 404, error)).toEqual([]);
    expect(contract.check("GET", "/evidence/00000000-0000-4000-8000-000000000000", 404, { message: "Not found" })).not.toEqual([]);
    expect(contract.check("GET", "/evidence/00000000-0000-4000-8000-000000000000", 418, error)).toEqual([
      "GET /evidence/{id}: status 418 is not documented",
    ]);
    expect(contract.check("GET", "/token", 200, { data: { id: "x", kind: "PERSONAL" } })).not.toEqual([]);
    // A refusal to wait must say how long.
    const limited = { error: { code: "apiRateLimited", values: { seconds: 30 } } };
    expect(contract.check("GET", "/token", 429, limited, new Headers({ "retry-after": "30" }))).toEqual([]);
    expect(contract.check("GET", "/token", 429, limited, new Headers())).toEqual(["GET /token 429: no Retry-After header"]);
    expect(contract.check("GET", "/token", 429, limited, new Headers({ "retry-after": "soon" }))).toEqual([
      "GET /token 429: Retry-After is not an integer",
    ]);
  });

  it("documents the hourly write limits where a write counts against them, with Retry-After", () => {
    type Response = { description: string; headers?: Record<string, { required?: boolean }>; content: unknown };
    const responsesOf = (path: string, method: string) =>
      (doc.paths as Record<string, Record<string, { responses: Record<string, Response> }>>)[path][method].responses;
    for (const [path, method] of [
      ["/evidence", "post"],
      ["/evidence/{id}", "put"],
    ]) {
      const refused = responsesOf(path, method)["429"];
      expect(refused.description).toContain("`writeRateLimited`");
      expect(refused.description).toContain("`apiRateLimited`");
      expect(refused.headers?.["Retry-After"]?.required).toBe(true);
      expect(refused.content).toEqual({ "application/json": { schema: { $ref: "#/components/schemas/Error" } } });
    }
    // A read counts against the token's requests per minute only.
    expect(responsesOf("/token", "get")["429"].description).not.toContain("writeRateLimited");
    // No operation takes files (attachments are uploaded through the app's forms only), so none can
    // be refused for more files than an hour allows.
    expect(JSON.stringify(doc)).not.toContain("uploadOverHourlyLimit");
  });

  it("documents on every operation that the server may be unavailable (503, with Retry-After) or fail (500)", () => {
    type Described = { responses: Record<string, { description: string; headers?: Record<string, { required?: boolean }> }> };
    const contract = contractChecker(doc as never);
    const unavailable = { error: { code: "serviceUnavailable" } };
    for (const op of OPERATIONS) {
      const { responses } = (doc.paths as Record<string, Record<string, Described>>)[op.path][op.method];
      expect(responses["503"].description, op.operationId).toContain("`serviceUnavailable`");
      expect(responses["503"].headers?.["Retry-After"]?.required, op.operationId).toBe(true);
      expect(responses["500"].description, op.operationId).toContain("`generic`");
    }
    expect(contract.check("GET", "/token", 503, unavailable, new Headers({ "retry-after": "5" }))).toEqual([]);
    expect(contract.check("GET", "/token", 503, unavailable, new Headers())).toEqual(["GET /token 503: no Retry-After header"]);
    expect(contract.check("POST", "/evidence", 500, { error: { code: "generic" } })).toEqual([]);
  });
});
