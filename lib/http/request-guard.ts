import type { PublicError } from "@/lib/errors";
import en from "@/lib/i18n/messages/en.json" with { type: "json" };
import ru from "@/lib/i18n/messages/ru.json" with { type: "json" };
import zh from "@/lib/i18n/messages/zh.json" with { type: "json" };
import { isLocale, routing, type AppLocale } from "@/lib/i18n/routing";

import { MAX_ACTION_BODY_BYTES, nulPath } from "./input";

const ERRORS: Record<AppLocale, Record<string, string>> = { en: en.errors, zh: zh.errors, ru: ru.errors };

/**
 * What proxy.ts refuses before a page renders or a server action runs, or null:
 * - a server action whose body is larger than MAX_ACTION_BODY_BYTES (or of unknown length): 413
 *   (actionRefusal). Next's own bodySizeLimit answers such a request with 500;
 * - a NUL byte in the query string (search boxes and filters of pages): 400 with a sentence in the
 *   page's language, instead of a database error rendered as 500.
 */
export function refuseRequest(request: Request): Response | null {
  const url = new URL(request.url);
  if (request.method === "POST" && request.headers.has("next-action")) {
    const length = Number(request.headers.get("content-length") ?? Number.NaN);
    if (!(length <= MAX_ACTION_BODY_BYTES)) {
      const refusal = actionRefusal(413, { code: "bodyTooLarge", values: { maxMb: MAX_ACTION_BODY_BYTES / 1024 / 1024 } });
      return new Response(refusal.body, { status: refusal.status, headers: refusal.headers });
    }
  }
  if (nulPath(Object.fromEntries(url.searchParams)) !== null) {
    const first = url.pathname.split("/")[1];
    const locale = isLocale(first) ? first : routing.defaultLocale;
    return new Response(ERRORS[locale].invalidCharacters, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "content-language": locale, "cache-control": "no-store" },
    });
  }
  return null;
}

/**
 * A server action refused before it ran (here, or by scripts/serve.ts when Next could not read the
 * request): our JSON refusal sent as text/plain, the one type Next's client passes on (as the
 * thrown error's message, which lib/api/client.ts reads).
 */
export function actionRefusal(status: number, error: PublicError): { status: number; headers: Record<string, string>; body: string } {
  const body = JSON.stringify({ error });
  return {
    status,
    headers: { "content-type": "text/plain", "content-length": String(new TextEncoder().encode(body).length), "cache-control": "no-store" },
    body,
  };
}
