import type { Env } from "@/lib/env";

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
 * Whether the browser reached us over HTTPS: the public URL says so (NEXTAUTH_URL), or one of
 * the TRUST_PROXY reverse proxies we run does. X-Forwarded-Proto from anyone else is ignored, as
 * the client writes it.
 */
export function isHttpsRequest(headers: Headers, env: Pick<Env, "NEXTAUTH_URL" | "TRUST_PROXY">): boolean {
  if (env.NEXTAUTH_URL?.startsWith("https://")) return true;
  if (!env.TRUST_PROXY) return false;
  const forwarded = (headers.get("x-forwarded-proto") ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  // The scheme the outermost trusted proxy saw, as for X-Forwarded-For.
  const hops = Number(env.TRUST_PROXY);
  return forwarded[Math.max(0, forwarded.length - hops)] === "https";
}

/** A fresh, unguessable nonce for every page response (128 bits, base64). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
