import type { Env } from "@/lib/env";
import { requestClient } from "@/lib/http/request-client";

/**
 * The security headers of a page. Script execution is limited to Next.js' own scripts, which
 * carry the per-request nonce, and what they load ('strict-dynamic'): no inline script an
 * attacker could inject runs. Inline style *attributes* stay allowed (React, recharts and the
 * progress bars set them; they cannot run code), style elements need the nonce.
 * The headers every response gets (nosniff, COOP, Permissions-Policy…) are in next.config.js.
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'self' only for browsers without 'strict-dynamic'; React's dev tools need eval in development.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Development injects styles without a nonce (hot reloading).
    `style-src-elem 'self' ${options.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // fetch, server actions and the comment streams (EventSource) go to this origin only.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years, as the HSTS preload list asks; only ever sent over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * Whether the browser reached us over HTTPS: the public URL says so (NEXTAUTH_URL), or the
 * request's client as lib/http/request-client.ts resolves it (a TRUST_PROXY reverse proxy's
 * X-Forwarded-Proto; a client's own is ignored).
 */
export function isHttpsRequest(headers: Headers, env: Pick<Env, "NEXTAUTH_URL">): boolean {
  return Boolean(env.NEXTAUTH_URL?.startsWith("https://")) || requestClient(headers).proto === "https";
}

/** A fresh, unguessable nonce for every page response (128 bits, base64). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
