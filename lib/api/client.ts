import type { PublicError } from "@/lib/errors";

/** A refused request as the route handlers describe it (see lib/api/http.ts). */
export class ApiRequestError extends Error {
  constructor(
    readonly error: PublicError,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(error.code);
  }
}

export type Saved = { id: string; status: string; version: number };

async function send<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiRequestError({ code: "generic" });
  }
  const body = (await response.json().catch(() => null)) as { data?: T; error?: PublicError; fieldErrors?: Record<string, string> } | null;
  if (response.ok && body?.data !== undefined) return body.data;
  throw new ApiRequestError(body?.error ?? { code: response.status === 413 ? "uploadTooLarge" : "generic" }, body?.fieldErrors);
}

export function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return send<T>(url, { method: "GET", signal });
}

export function postJson<T = Saved>(url: string, data: unknown): Promise<T> {
  return send<T>(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(data) });
}

/** Fields as JSON plus the files, in one multipart request. */
export function sendMultipart<T = Saved>(url: string, method: "POST" | "PUT", payload: unknown, files: File[]): Promise<T> {
  const body = new FormData();
  body.set("payload", JSON.stringify(payload));
  for (const file of files) body.append("files", file, file.name);
  return send<T>(url, { method, body });
}
