import { randomBytes } from "node:crypto";

import { hashToken } from "@/lib/accounts/tokens";

/**
 * An API token's secret: a recognizable prefix (`syn_pat_` personal, `syn_org_` organization,
 * so that people, logs and secret scanners can tell what leaked) and 256 random bits.
 *
 * Only its SHA-256 is stored. A slow password hash (argon2) would protect nothing here: it
 * exists to make guessing low-entropy passwords expensive, and 256 random bits cannot be guessed
 * with any hash. A fast hash keeps every API request cheap, can be looked up by index, and still
 * reveals nothing usable when the database leaks.
 */
export const TOKEN_PREFIX = { PERSONAL: "syn_pat_", ORGANIZATION: "syn_org_" } as const;
export type TokenKind = keyof typeof TOKEN_PREFIX;

const SHAPE = /^syn_(pat|org)_[A-Za-z0-9_-]{43}$/;

export function newTokenSecret(kind: TokenKind): { secret: string; tokenHash: string; hint: string } {
  const secret = TOKEN_PREFIX[kind] + randomBytes(32).toString("base64url");
  return { secret, tokenHash: hashToken(secret), hint: secret.slice(-4) };
}

/** The hash to look up, or null for anything that is not shaped like one of our tokens. */
export function tokenHashOf(secret: string): string | null {
  return SHAPE.test(secret) ? hashToken(secret) : null;
}
