import path from "node:path";
import { fileURLToPath } from "node:url";

import { createPersonalToken } from "@/lib/api-tokens/service";
import { openApiDocument } from "@/lib/api/v1/openapi";
import type { Actor } from "@/lib/auth/permissions";

import { contractChecker } from "../../support/openapi-contract";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const doc = openApiDocument();
const contract = contractChecker(doc as never);

type Handler = (request: Request, context: { params?: Promise<Record<string, string>> }) => Promise<Response>;

export type ApiResponse = { status: number; body: any; headers: Headers }; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of any shape

/** Every response an integration test received, for the contract check. */
export const received: { method: string; path: string; status: number; body: unknown; headers: Headers }[] = [];

/**
 * A request to /api/v1 as the app would serve it: the route module under app/api/v1 that the
 * OpenAPI path names, called with a real Request (no session: only what the request carries).
 * Shaped like fetch, so that a client (scripts/api-walk) can run against the route handlers.
 */
export async function routeFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const full = new URL(input, "http://localhost/api/v1/");
  if (full.pathname === "/api/v1/openapi.json") return (await import("@/app/api/v1/openapi.json/route")).GET();
  const local = full.pathname.replace(/^\/api\/v1/, "");
  const template = contract.template(local);
  if (!template) throw new Error(`${local} is not a path of the OpenAPI document`);
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const values = new RegExp(`^${template.replace(/\{\w+\}/g, "([^/]+)")}$`).exec(local)!.slice(1);
  const file = path.join(ROOT, "app/api/v1", template.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
  const method = init.method ?? "GET";
  const handler = ((await import(file)) as Record<string, Handler | undefined>)[method];
  if (!handler) throw new Error(`${file} has no ${method}`);
  // As Next calls it: a route without dynamic segments gets no params at all.
  const params = names.length ? Promise.resolve(Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(values[i])]))) : undefined;
  return handler(new Request(full, init), { params });
}

export async function api(
  method: string,
  url: string,
  options: { token?: string; body?: unknown; ifMatch?: string | number; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.ifMatch !== undefined) headers["if-match"] = typeof options.ifMatch === "number" ? `"${options.ifMatch}"` : options.ifMatch;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await routeFetch(url, { method, headers, body });
  const json = response.headers.get("content-type")?.includes("json") ? await response.json() : await response.text();
  const local = new URL(url, "http://localhost/api/v1/").pathname.replace(/^\/api\/v1/, "");
  received.push({ method, path: local, status: response.status, body: json, headers: response.headers });
  return { status: response.status, body: json, headers: response.headers };
}

/** Problems of every response received so far against the document. */
export const contractProblems = () => received.flatMap((r) => contract.check(r.method, r.path, r.status, r.body, r.headers));

export async function tokenFor(actor: Actor, scope: "READ" | "READ_WRITE" = "READ") {
  return (await createPersonalToken(actor, { name: `test ${scope}`, scope, lifetimeDays: 7 })).secret;
}
