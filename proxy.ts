import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";

import { REQUESTED_PATH_HEADER } from "@/lib/auth/return-path";
import { getEnv } from "@/lib/env";
import { refuseRequest } from "@/lib/http/request-guard";
import { contentSecurityPolicy, isHttpsRequest, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";
import { routing } from "@/lib/i18n/routing";

const intl = createMiddleware(routing);

/**
 * Locale negotiation, the security headers of pages, and refusing malformed requests early
 * (lib/http/request-guard.ts). Authentication and permissions are checked by every page, server
 * action and route handler on the server, never here alone.
 *
 * Every page gets a Content-Security-Policy with a fresh nonce. Next.js reads the nonce from the
 * request's CSP header and puts it on its own scripts; pages are rendered per request anyway
 * (they read the session), so no static page loses its caching to it.
 */
export default function proxy(request: NextRequest): Response {
  const refused = refuseRequest(request);
  if (refused) return refused;
  const env = getEnv();
  const https = isHttpsRequest(request.headers, env);
  const csp = contentSecurityPolicy(newNonce(), { https, dev: env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  headers.set(REQUESTED_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  if (https) {
    response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    // next-intl's locale cookie; next-auth marks its own cookies Secure under an https NEXTAUTH_URL.
    for (const cookie of response.cookies.getAll()) response.cookies.set({ ...cookie, secure: true });
  }
  return response;
}

export const config = {
  // Not the public portal (/en/public…): its pages are static and cached, and its headers are
  // static (next.config.js); running per request here would make every visit cost a render.
  matcher: ["/((?!api|_next|_vercel|(?:en|zh|ru)/public(?:/|$)|.*\\..*).*)"],
};
