import "server-only";

import { decode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";

import { getEnv } from "@/lib/env";

/**
 * The claims of this request's session cookie, or null: what next-auth's getServerSession reads,
 * without its session endpoint around it. That endpoint also re-encrypts a fresh cookie on every
 * call (a second key derivation and encryption), which a page cannot even set; the profile of
 * bench:web showed both on every page. The cookie name follows next-auth's rule (the `__Secure-`
 * prefix when NEXTAUTH_URL is https), and a cookie next-auth split into chunks is joined again.
 */
export async function sessionClaims(): Promise<JWT | null> {
  const token = sessionCookie(await cookies());
  if (!token) return null;
  const known = decoded.get(token);
  if (known) {
    if (known.expiresAt > Date.now()) return known.claims;
    decoded.delete(token);
  }
  const claims = await decode({ token, secret: getEnv().NEXTAUTH_SECRET }).catch(() => null);
  if (!claims) return null;
  remember(token, claims);
  return claims;
}

/**
 * Whether this request brought a session cookie at all, usable or not: under next-auth's name with
 * or without the `__Secure-` prefix (whichever the site uses now), whole or in chunks. Read from
 * the request's own cookies, as sessionClaims reads them.
 */
export async function carriesSessionCookie(): Promise<boolean> {
  return (await cookies()).getAll().some((c) => /^(?:__Secure-)?next-auth\.session-token(?:\.\d+)?$/.test(c.name));
}

type Jar = { get: (name: string) => { value: string } | undefined; getAll: () => { name: string; value: string }[] };

function sessionCookie(jar: Jar): string | undefined {
  const name = `${getEnv().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .map((c) => ({ index: c.name.startsWith(`${name}.`) ? Number(c.name.slice(name.length + 1)) : NaN, value: c.value }))
    .filter((c) => Number.isInteger(c.index))
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map((c) => c.value).join("") : undefined;
}

/**
 * Decrypted cookies by their exact text, until their own expiry: the same cookie comes with every
 * request of a session, and decrypting it (key derivation and AES-GCM) was the largest item of
 * session handling. Only cookies that decrypted are kept, at most MAX of them, oldest out first;
 * whether the session is still open is checked against the database on every request regardless.
 */
const decoded = new Map<string, { claims: JWT; expiresAt: number }>();
const MAX = 2000;

function remember(token: string, claims: JWT) {
  if (typeof claims.exp !== "number") return;
  if (decoded.size >= MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(token, { claims, expiresAt: claims.exp * 1000 });
}
