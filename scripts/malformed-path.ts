import en from "@/lib/i18n/messages/en.json" with { type: "json" };
import ru from "@/lib/i18n/messages/ru.json" with { type: "json" };
import zh from "@/lib/i18n/messages/zh.json" with { type: "json" };

const MESSAGES: Record<string, string> = { en: en.errors.notFound, zh: zh.errors.notFound, ru: ru.errors.notFound };

export type Refusal = { status: number; headers: Record<string, string>; body: string };

/**
 * The answer to a request whose path is not percent-encoded UTF-8 (`/api/scoring/jobs/%ED%A0%80`),
 * or null. Next.js answers those with 500 before any handler of ours runs, so the web server
 * (scripts/serve.ts) answers first, as the app answers any id that cannot name a row: not found
 * (404), for API paths with the JSON error of every route handler, for pages with the sentence in
 * the language of the path (English otherwise).
 */
export function refuseMalformedPath(rawUrl: string): Refusal | null {
  const path = rawUrl.split("?")[0];
  try {
    decodeURIComponent(path);
    return null;
  } catch {
    const headers = { "cache-control": "no-store" };
    if (path.startsWith("/api/"))
      return {
        status: 404,
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ error: { code: "notFound" } }),
      };
    const locale = path.split("/")[1];
    const language = locale in MESSAGES ? locale : "en";
    return {
      status: 404,
      headers: { ...headers, "content-type": "text/plain; charset=utf-8", "content-language": language },
      body: MESSAGES[language],
    };
  }
}
