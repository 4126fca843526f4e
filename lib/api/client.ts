import type { PublicError } from "@/lib/errors";

import { isSignedOut, reportSignedOut } from "./signed-out";

/**
 * A refused request, whichever way it was sent: a route handler's `{ error, fieldErrors }`
 * (lib/api/http.ts) or a server action's `serverError` / `validationErrors`
 * (lib/actions/safe-action.ts). `fieldErrors` maps a field's path ("fields.value",
 * "milestones.0.title") to a message key; `error.field` names the field a service refused.
 */
export class RequestError extends Error {
  constructor(
    readonly error: PublicError,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(error.code);
    this.name = "RequestError";
  }

  /** Refused by the schema (what was typed), not by a service rule. */
  get invalidInput(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }

  /**
   * The refusal a route handler answered with; a body that is not ours is judged by its status.
   * A 401 means this browser is no longer signed in, whichever request got it (lib/api/signed-out.ts).
   */
  static async fromResponse(response: Response): Promise<RequestError> {
    if (response.status === 401) reportSignedOut();
    const body = (await response.json().catch(() => null)) as { error?: unknown; fieldErrors?: unknown } | null;
    if (isPublicError(body?.error)) return new RequestError(body.error, isFieldErrors(body.fieldErrors) ? body.fieldErrors : {});
    return new RequestError({ code: STATUS_CODES[response.status] ?? "generic" });
  }

  /**
   * The refusal a server action answered with (its result had no `data`), or the one a call that
   * threw carries: a request refused before the action ran (lib/http/request-guard.ts, e.g. a body
   * too large) reaches Next's client as plain text, which it throws as the error's message.
   */
  static fromActionResult(result: (ActionResult<unknown> & { thrownError?: unknown }) | undefined): RequestError {
    if (result?.thrownError) return new RequestError(refusalInMessage(result.thrownError) ?? { code: "generic" });
    const fieldErrors = flattenValidationErrors(result?.validationErrors);
    if (result?.serverError) return new RequestError(result.serverError, fieldErrors);
    return new RequestError({ code: Object.keys(fieldErrors).length > 0 ? "invalidInput" : "generic" }, fieldErrors);
  }
}

/** Statuses a proxy or the framework may answer without our JSON body. */
const STATUS_CODES: Record<number, string> = {
  401: "unauthorized",
  403: "forbidden",
  404: "notFound",
  413: "uploadTooLarge",
  429: "rateLimited",
  503: "serviceUnavailable",
};

function refusalInMessage(error: unknown): PublicError | null {
  if (!(error instanceof Error) || !error.message.startsWith("{")) return null;
  try {
    const body = JSON.parse(error.message) as { error?: unknown };
    return isPublicError(body.error) ? body.error : null;
  } catch {
    return null;
  }
}

function isPublicError(value: unknown): value is PublicError {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}

function isFieldErrors(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && Object.values(value).every((v) => typeof v === "string");
}

/** What a next-safe-action action resolves to. */
export type ActionResult<O> = { data?: O; serverError?: PublicError; validationErrors?: unknown };

/**
 * next-safe-action's nested `{ field: { _errors: [...] } }` as `{ "field": key }` with dotted
 * paths, the first message of each; errors about the whole input sit under "".
 */
export function flattenValidationErrors(errors: unknown, path: string[] = [], into: Record<string, string> = {}): Record<string, string> {
  if (!errors || typeof errors !== "object") return into;
  for (const [key, value] of Object.entries(errors)) {
    if (key === "_errors") {
      if (Array.isArray(value) && typeof value[0] === "string") into[path.join(".")] ??= value[0];
    } else flattenValidationErrors(value, [...path, key], into);
  }
  return into;
}

/** A server action's refusal as a not-signed-in browser: the tab is signed out, as a 401 makes it. */
export function noteActionRefusal(refusal: RequestError): RequestError {
  if (refusal.error.code === "unauthorized") reportSignedOut();
  return refusal;
}

async function send<T>(url: string, init: RequestInit): Promise<T> {
  // Signed out: every read would be refused, so polls stop reaching the server.
  if (isSignedOut()) throw new RequestError({ code: "unauthorized" });
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store", ...init });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new RequestError({ code: "generic" });
  }
  if (!response.ok) throw await RequestError.fromResponse(response);
  const body = (await response.json().catch(() => null)) as { data?: T } | null;
  if (body?.data === undefined) throw new RequestError({ code: "generic" });
  return body.data;
}

/** A JSON read from one of our route handlers. */
export function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return send<T>(url, { method: "GET", signal });
}

/** Fields as JSON plus the files, in one multipart request. */
export function sendMultipart<T>(url: string, method: "POST" | "PUT", payload: unknown, files: File[]): Promise<T> {
  const body = new FormData();
  body.set("payload", JSON.stringify(payload));
  for (const file of files) body.append("files", file, file.name);
  return send<T>(url, { method, body });
}

/** Runs a server action and returns its data, or throws its refusal as a RequestError. */
export async function callAction<I, O>(action: (input: I) => Promise<ActionResult<O> | undefined>, input: I): Promise<O> {
  let result: ActionResult<O> | undefined;
  try {
    result = await action(input);
  } catch (error) {
    throw RequestError.fromActionResult({ thrownError: error });
  }
  if (result && !result.serverError && !result.validationErrors) return result.data as O;
  throw noteActionRefusal(RequestError.fromActionResult(result));
}
