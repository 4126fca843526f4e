/**
 * Where the sign-in page sends the browser back to (`?returnTo=`): a path of this site only, so a
 * link to our sign-in page can never forward someone to another site. Refused: anything not
 * starting with one "/", backslashes (browsers read "/\evil" as "//evil") and control characters
 * (browsers drop tabs and newlines, so "/\t/evil" would become "//evil").
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  const base = "http://return.invalid";
  const url = new URL(value, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : null;
}

/** The sign-in page's address for a browser whose session ended on `path` (same locale). */
export function signInAgainHref(locale: string, path: string): string {
  const returnTo = safeReturnPath(path);
  const query = new URLSearchParams({ reason: "session", ...(returnTo ? { returnTo } : {}) });
  return `/${locale}/login?${query}`;
}
