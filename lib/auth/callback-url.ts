import { NextResponse } from "next/server";

/**
 * Where next-auth may send the browser after signing in or out: a path of this site. Relative
 * paths, and absolute URLs of this origin (next-auth itself stores those), become a path;
 * anything else (javascript:, another site, //host) is refused.
 */
export function safeCallbackPath(value: string, origin: string): string | null {
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) return value;
  try {
    const url = new URL(value);
    if (url.origin !== new URL(origin).origin) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

function decodeCookie(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// next-auth's default cookie names (the __Secure- one under HTTPS).
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * next-auth answers a callbackUrl it does not accept (query or cookie) with a 500 "server
 * configuration" error; we refuse it first with a 400 (and drop a bad cookie, or that browser
 * could never sign in again). `origin`: the app's own origin.
 */
export function refuseBadCallbackUrl(request: Request, origin: string): NextResponse | null {
  const query = new URL(request.url).searchParams.get("callbackUrl");
  const cookies = new Map(
    (request.headers.get("cookie") ?? "")
      .split(";")
      .map((part) => part.trim().split("="))
      .map(([name, ...value]) => [name, decodeCookie(value.join("="))] as const),
  );
  const badCookies = CALLBACK_COOKIES.filter((name) => cookies.has(name) && !safeCallbackPath(cookies.get(name)!, origin));
  if ((query === null || safeCallbackPath(query, origin)) && badCookies.length === 0) return null;
  const response = NextResponse.json({ error: { code: "invalidCallbackUrl" } }, { status: 400 });
  for (const name of badCookies) response.cookies.delete(name);
  return response;
}

/**
 * next-auth answers a GET of a sign-in callback with a 500 ("Callback for provider type
 * credentials not supported"): only OAuth and e-mail providers are called back with GET, and we
 * have neither. Refused here with 405, the credentials callback being POST only.
 */
export function refuseCallbackGet(request: Request): NextResponse | null {
  if (request.method !== "GET" || !/\/api\/auth\/callback(\/|$)/.test(new URL(request.url).pathname)) return null;
  return NextResponse.json({ error: { code: "methodNotAllowed" } }, { status: 405, headers: { allow: "POST" } });
}
