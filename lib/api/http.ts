import "server-only";

import { NextResponse } from "next/server";
import type { z } from "zod";

import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import {
  AppError,
  ConflictError,
  dataErrorCode,
  ForbiddenError,
  isDatabaseUnavailable,
  NotFoundError,
  RateLimitError,
  toPublicError,
  UnauthorizedError,
  ValidationError,
  type PublicError,
} from "@/lib/errors";
import { nulPath } from "@/lib/http/input";
import { isSameOrigin } from "@/lib/http/request-client";
import { log } from "@/lib/log";

/**
 * The one contract of our route handlers. Writes go through server actions; what stays a route
 * handler is what an action cannot carry: multipart uploads (5 × 10 MB exceeds the action body
 * limit), server-sent events, downloads, redirects, and the JSON reads that React Query polls.
 * Each runs session → handler (the service checks the permission) → `{ data }`, or a refusal as
 * `{ error: { code, field, values }, fieldErrors }` with the status that names it. Server actions
 * answer with the same PublicError (lib/actions/safe-action.ts); lib/api/client.ts turns both
 * into one RequestError.
 */

/** What the client receives for a refused request. */
export type ApiError = { error: PublicError; fieldErrors?: Record<string, string> };

/** A request whose body or query the schema refused; `fieldErrors` maps paths to message keys. */
export class InvalidInputError extends Error {
  constructor(readonly fieldErrors: Record<string, string> = {}) {
    super("invalidInput");
    this.name = "InvalidInputError";
  }
}

const TOO_LARGE = new Set(["uploadTooLarge", "bodyTooLarge", "attachmentQuotaExceeded"]);

export function statusOf(error: AppError): number {
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof RateLimitError) return 429;
  if (error instanceof ValidationError) return TOO_LARGE.has(error.code) ? 413 : 422;
  return 400;
}

/** A database outage is short (a restart, a failover): clients may retry after this many seconds. */
export const RETRY_AFTER = { "Retry-After": "5" };

/** The refusal for anything a handler threw: known errors by their status, the rest logged and generic. */
export function errorResponse(error: unknown, path: string): NextResponse<ApiError> {
  if (error instanceof InvalidInputError)
    return NextResponse.json({ error: { code: "invalidInput" }, fieldErrors: error.fieldErrors }, { status: 400 });
  if (isDatabaseUnavailable(error)) {
    log.warn({ err: error, path }, "api request failed: database unavailable");
    return NextResponse.json({ error: { code: "serviceUnavailable" } }, { status: 503, headers: RETRY_AFTER });
  }
  const refusedData = dataErrorCode(error);
  if (refusedData) {
    log.warn({ err: error, path }, "api request refused by the database as data");
    return NextResponse.json({ error: { code: refusedData } }, { status: 400 });
  }
  const known = toPublicError(error);
  if (known && error instanceof RateLimitError)
    return NextResponse.json({ error: known }, { status: 429, headers: { "retry-after": String(error.retryAfterSeconds) } });
  if (known && error instanceof AppError) return NextResponse.json({ error: known }, { status: statusOf(error) });
  log.error({ err: error, path }, "api request failed");
  return NextResponse.json({ error: { code: "generic" } }, { status: 500 });
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const nul = nulPath(value);
  if (nul !== null) throw new InvalidInputError({ [nul]: "invalidCharacters" });
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".")] ??= issue.message;
  throw new InvalidInputError(fieldErrors);
}

/** The query string as a plain object, empty values left out (they mean "no filter"). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
}

const READS = new Set(["GET", "HEAD"]);

/**
 * Runs a route handler for a signed-in user. `work` returns plain data (sent as `{ data }`) or a
 * Response of its own (a stream, a download, a redirect), which is passed through untouched.
 */
export async function handle(request: Request, work: (user: SessionUser) => Promise<unknown>): Promise<Response> {
  try {
    // Cross-site writes are refused outright (session cookies are SameSite=Lax as well).
    if (!READS.has(request.method) && !isSameOrigin(request)) throw new ForbiddenError();
    const nul = nulPath(queryOf(request));
    if (nul !== null) throw new InvalidInputError({ [nul]: "invalidCharacters" });
    const user = await getSessionUser();
    if (!user) throw new UnauthorizedError();
    const result = await work(user);
    // Everything here is one signed-in user's view: never stored by a browser or a proxy.
    return result instanceof Response ? result : NextResponse.json({ data: result }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error, new URL(request.url).pathname);
  }
}
