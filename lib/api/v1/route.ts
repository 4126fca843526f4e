import "server-only";

import { NextResponse } from "next/server";
import { z } from "zod";

import { authenticateToken, type RateState } from "@/lib/api-tokens/authenticate";
import { errorResponse, parseWith, queryOf } from "@/lib/api/http";
import { tokenWrites } from "@/lib/auth/permissions";
import { AppError, ConflictError, ForbiddenError, NotFoundError, RateLimitError, toPublicError } from "@/lib/errors";

import { PayloadTooLargeError, PreconditionRequiredError, UnsupportedMediaTypeError } from "./errors";
import type { Operation } from "./operation";
import { etagOf, readIfMatch, readJson } from "./request";

const NO_PARAMS = z.object({});

/** Statuses the API adds to the shared contract's (lib/api/http.ts statusOf). */
function apiStatusOf(error: AppError, ifMatch: boolean): number | null {
  if (ifMatch && error instanceof ConflictError && error.code === "staleVersion") return 412;
  if (error instanceof PreconditionRequiredError) return 428;
  if (error instanceof UnsupportedMediaTypeError) return 415;
  if (error instanceof PayloadTooLargeError) return 413;
  return null;
}

/**
 * The token's per-minute rate, and on a 429 when to come back. Only `apiRateLimited` means the
 * token's minute is used up; another limit (the owner's hourly writes, `writeRateLimited`) says
 * its own wait, and the token's rate is what it was.
 */
function rateHeaders(rate: RateState | undefined, error?: unknown): Record<string, string> {
  if (error instanceof RateLimitError && error.code === "apiRateLimited") {
    const seconds = String(error.values.seconds ?? 60);
    return { "Retry-After": seconds, "RateLimit-Remaining": "0", "RateLimit-Reset": seconds };
  }
  return {
    ...(error instanceof RateLimitError ? { "Retry-After": String(error.retryAfterSeconds) } : {}),
    ...(rate
      ? {
          "RateLimit-Limit": String(rate.limit),
          "RateLimit-Remaining": String(rate.remaining),
          "RateLimit-Reset": String(rate.resetSeconds),
        }
      : {}),
  };
}

function refusal(error: unknown, request: Request, ifMatch: boolean): NextResponse {
  const status = error instanceof AppError ? apiStatusOf(error, ifMatch) : null;
  if (status !== null) return NextResponse.json({ error: toPublicError(error) }, { status });
  return errorResponse(error, new URL(request.url).pathname);
}

/** A single record's version, for its ETag. */
function versionOf(body: unknown): number | undefined {
  const data = (body as { data?: { version?: unknown } } | null)?.data;
  return data && !Array.isArray(data) && typeof data.version === "number" ? data.version : undefined;
}

/**
 * The route handler of one /api/v1 operation. Only `Authorization: Bearer` authenticates: the
 * session cookie is never read here, so a browser cannot be made to call the API on its user's
 * behalf (no CSRF surface), and the app's session routes never read a bearer token. Then the
 * token's scope, the path, query, If-Match and body against the operation's schemas, the
 * operation (service with the token's actor), and the response with its rate-limit headers, or
 * the contract's refusal `{ error: { code, field, values }, fieldErrors }`.
 */
export function apiRoute(operation: Operation) {
  return async function handler(request: Request, context: { params?: Promise<Record<string, string>> }): Promise<Response> {
    let rate: RateState | undefined;
    const ifMatch = operation.ifMatch === true;
    try {
      const auth = await authenticateToken(request.headers.get("authorization"));
      rate = auth.rate;
      if (operation.access === "write" && !(auth.actor.token && tokenWrites(auth.actor.token))) throw new ForbiddenError("tokenScope");
      // A path id that cannot name a row is "not found", as everywhere in the platform.
      // Next passes no params to a route without dynamic segments (/token, /projects).
      const params = (operation.params ?? NO_PARAMS).safeParse((await context.params) ?? {});
      if (!params.success) throw new NotFoundError();
      const query = parseWith(operation.query ?? NO_PARAMS, queryOf(request));
      const version = ifMatch ? readIfMatch(request) : 0;
      const body = operation.body ? parseWith(operation.body, await readJson(request)) : undefined;
      const result = await operation.run(auth.actor, { params: params.data, query, body, version });
      const recordVersion = versionOf(result);
      return NextResponse.json(result, {
        status: operation.status ?? 200,
        headers: {
          "cache-control": "no-store",
          ...rateHeaders(rate),
          ...(recordVersion !== undefined ? { ETag: etagOf(recordVersion) } : {}),
        },
      });
    } catch (error) {
      const response = refusal(error, request, ifMatch);
      response.headers.set("cache-control", "no-store");
      for (const [name, value] of Object.entries(rateHeaders(rate, error))) response.headers.set(name, value);
      return response;
    }
  };
}
