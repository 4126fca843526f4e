import "server-only";

import { NextResponse } from "next/server";
import type { z } from "zod";

import type { UploadFile } from "@/lib/attachments/files";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/attachments/limits";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  toPublicError,
  UnauthorizedError,
  ValidationError,
  type PublicError,
} from "@/lib/errors";
import { log } from "@/lib/log";

/**
 * Writes that carry attachments (evidence, initiative updates) arrive as route handlers, not
 * server actions: attachments (up to 5 × 10 MB) exceed the server-action body limit.
 * Same shape as an action: session → parse → permission (in the service) → service → result.
 */

/** What the client receives for a refused request. */
export type ApiError = { error: PublicError; fieldErrors?: Record<string, string> };

function statusOf(error: AppError): number {
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof RateLimitError) return 429;
  if (error instanceof ValidationError) return error.code === "uploadTooLarge" ? 413 : 422;
  return 400;
}

class BadInput extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("invalidInput");
  }
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".")] ??= issue.message;
  throw new BadInput(fieldErrors);
}

/** Cross-site requests are refused outright (session cookies are SameSite=Lax as well). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function handleWrite<T>(request: Request, work: (user: SessionUser) => Promise<T>): Promise<NextResponse> {
  try {
    if (!sameOrigin(request)) throw new ForbiddenError();
    const user = await getSessionUser();
    if (!user) throw new UnauthorizedError();
    return NextResponse.json({ data: await work(user) });
  } catch (error) {
    if (error instanceof BadInput)
      return NextResponse.json({ error: { code: "invalidInput" }, fieldErrors: error.fieldErrors } satisfies ApiError, { status: 400 });
    const known = toPublicError(error);
    if (known && error instanceof AppError) return NextResponse.json({ error: known } satisfies ApiError, { status: statusOf(error) });
    log.error({ err: error, path: new URL(request.url).pathname }, "api request failed");
    return NextResponse.json({ error: { code: "generic" } } satisfies ApiError, { status: 500 });
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new BadInput({});
  }
}

/** Multipart room for five maximum-size files plus the form fields. */
const MAX_BODY = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 1024 * 1024;

/**
 * Reads a multipart body without trusting Content-Length: the stream is cut off at MAX_BODY so a
 * client cannot make the server buffer an unbounded upload.
 */
export async function readMultipart(request: Request): Promise<{ payload: unknown; files: UploadFile[] }> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) throw new BadInput({});
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY) throw new ValidationError("uploadTooLarge", "attachments");
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body?.getReader();
  for (;;) {
    const next = reader ? await reader.read() : { done: true as const, value: undefined };
    if (next.done) break;
    total += next.value.byteLength;
    if (total > MAX_BODY) {
      await reader?.cancel();
      throw new ValidationError("uploadTooLarge", "attachments");
    }
    chunks.push(next.value);
  }
  const form = await new Response(new Blob(chunks as BlobPart[]), { headers: { "content-type": type } }).formData().catch(() => {
    throw new BadInput({});
  });
  let payload: unknown;
  try {
    payload = JSON.parse(String(form.get("payload") ?? ""));
  } catch {
    throw new BadInput({});
  }
  const files: UploadFile[] = [];
  for (const entry of form.getAll("files")) {
    if (typeof entry === "string") continue;
    files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return { payload, files };
}
