import { locales } from "@/lib/i18n/routing";

/**
 * Request header in which proxy.ts hands the requested path and query to the page, so that
 * requireUser can send a signed-out browser back to it after sign-in. proxy.ts always overwrites
 * it; where a request bypasses proxy.ts the client's own value arrives, so it is only ever used
 * through safeReturnPath.
 */
export const REQUESTED_PATH_HEADER = "x-synergia-path";

/**
 * Pages sign-in never returns to: sign-in itself, two-factor enrolment (sign-in sends there itself
 * when it must), next-auth's endpoints (/api/auth/signout would sign the person out again) and the
 * bare start page, with any query (sign-in lands there anyway, with `?signedIn=1`, which moves the
 * person to their own language; carried along, it only lengthens the address).
 */
const NOT_A_RETURN = new RegExp(
  `^/(?:(?:${locales.join("|")})/)?(?:login|two-factor)(?:/|$)|^/api(?:/|$)|^/(?:(?:${locales.join("|")})/?)?$`,
);

/**
 * Where the sign-in page sends the browser back to (`?returnTo=`): a path of this site only, so a
 * link to our sign-in page can never forward someone to another site. Refused: anything not
 * starting with one "/", backslashes (browsers read "/\evil" as "//evil"), control characters
 * (browsers drop tabs and newlines, so "/\t/evil" would become "//evil") and the pages above
 * (also spelled with "..", "%2F" or percent-encoded letters).
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  const base = "http://return.invalid";
  const url = new URL(value, base);
  const path = decodedPath(url.pathname);
  if (url.origin !== base || path === null || NOT_A_RETURN.test(path)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** The sign-in page's address for a browser that is not signed in on `path` (same locale). */
export function signInHref(locale: string, path: string | null): string {
  return withReturnTo(`/${locale}/login`, {}, path);
}

/** The same for a browser whose session ended on `path`: the sign-in page says so. */
export function signInAgainHref(locale: string, path: string | null): string {
  return withReturnTo(`/${locale}/login`, { reason: "session" }, path);
}

/** Two-factor enrolment for someone who must pass it on the way to `path`. */
export function enrolmentHref(locale: string, path: string | null): string {
  return withReturnTo(`/${locale}/two-factor`, {}, path);
}

/** `page` with `returnTo` when `path` is a return path. */
function withReturnTo(page: string, query: Record<string, string>, path: string | null): string {
  const returnTo = safeReturnPath(path);
  const search = String(new URLSearchParams({ ...query, ...(returnTo ? { returnTo } : {}) }));
  return search ? `${page}?${search}` : page;
}

/**
 * Where sign-in goes when there is no return path: the start page, which then moves the person to
 * their own language (after the password, and after the two-factor enrolment that follows it).
 */
export function signedInHref(locale: string): string {
  return `/${locale}?signedIn=1`;
}
