import "server-only";

import { InvalidInputError } from "@/lib/api/http";

import { PayloadTooLargeError, PreconditionRequiredError, UnsupportedMediaTypeError } from "./errors";

/** JSON bodies of the API are small records; attachments are not uploaded through it. */
export const MAX_JSON_BYTES = 256 * 1024;

/**
 * The request's JSON body, read without trusting Content-Length: the stream is cut off at
 * MAX_JSON_BYTES, so a client cannot make the server buffer an unbounded body.
 */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) throw new UnsupportedMediaTypeError();
  if (Number(request.headers.get("content-length") ?? "0") > MAX_JSON_BYTES) throw new PayloadTooLargeError();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const next = reader ? await reader.read() : { done: true as const, value: undefined };
    if (next.done) break;
    total += next.value.byteLength;
    if (total > MAX_JSON_BYTES) {
      await reader?.cancel();
      throw new PayloadTooLargeError();
    }
    chunks.push(next.value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new InvalidInputError({ body: "invalidJson" });
  }
}

/**
 * The version named by `If-Match` (the ETag a read returned: `"3"`). Missing: 428, the API never
 * overwrites a version the client has not seen. `*` or a weak or malformed tag: 400, since only a
 * concrete version makes the update safe.
 */
export function readIfMatch(request: Request): number {
  const header = request.headers.get("if-match");
  if (header === null || header.trim() === "") throw new PreconditionRequiredError();
  const match = /^\s*"?(\d{1,9})"?\s*$/.exec(header);
  if (!match || Number(match[1]) < 1) throw new InvalidInputError({ "If-Match": "ifMatchInvalid" });
  return Number(match[1]);
}

/** The ETag of a versioned record: its version, as a strong tag. */
export const etagOf = (version: number) => `"${version}"`;
