/**
 * Limits on what a request may carry, shared by route handlers, server actions and the proxy.
 * Plain code (no server-only) because proxy.ts uses it too.
 */

/** A JSON payload (the `payload` part of our multipart requests) is refused beyond this. */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Server action bodies beyond this are refused with 413 by proxy.ts before Next reads them; it is
 * next.config.js's `serverActions.bodySizeLimit`, which on its own answers 500.
 */
export const MAX_ACTION_BODY_BYTES = 2 * 1024 * 1024;

/**
 * The path of the first string (or key) in `value` holding a NUL byte, or null. PostgreSQL cannot
 * store NUL in text, so such input is refused up front instead of failing in the database.
 */
export function nulPath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") : null;
  if (typeof value !== "object" || value === null || depth > 64) return null;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes("\u0000")) return [...path, key].join(".");
    const found = nulPath(inner, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Pages of a list beyond this are refused as a number: an offset PostgreSQL would reject. */
const MAX_PAGE = 1_000_000;

/** A page number from a query string or caller: a whole number in 1..MAX_PAGE, else page 1. */
export function pageNumber(value: unknown): number {
  const page = Math.floor(Number(value));
  return Number.isFinite(page) && page >= 1 && page <= MAX_PAGE ? page : 1;
}
