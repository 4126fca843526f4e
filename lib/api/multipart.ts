import "server-only";

import type { UploadFile } from "@/lib/attachments/files";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/attachments/limits";
import { ValidationError } from "@/lib/errors";
import { MAX_JSON_BYTES } from "@/lib/http/input";

import { InvalidInputError } from "./http";

/** Multipart room for five maximum-size files plus the form fields. */
const MAX_BODY = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 1024 * 1024;

/**
 * Reads a multipart body (`payload` JSON + `files`) without trusting Content-Length: the stream
 * is cut off at MAX_BODY so a client cannot make the server buffer an unbounded upload.
 */
export async function readMultipart(request: Request): Promise<{ payload: unknown; files: UploadFile[] }> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) throw new InvalidInputError();
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
    throw new InvalidInputError();
  });
  const text = String(form.get("payload") ?? "");
  // Parsed JSON costs many times its size in memory (deep nesting most of all): bound it first.
  if (Buffer.byteLength(text) > MAX_JSON_BYTES)
    throw new ValidationError("bodyTooLarge", undefined, { maxMb: MAX_JSON_BYTES / 1024 / 1024 });
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new InvalidInputError();
  }
  const files: UploadFile[] = [];
  for (const entry of form.getAll("files")) {
    if (typeof entry === "string") continue;
    files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return { payload, files };
}
