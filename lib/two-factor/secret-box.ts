import "server-only";

import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

import { getEnv } from "@/lib/env";

/**
 * Authenticator keys at rest: AES-256-GCM under a key derived (HKDF-SHA256) from NEXTAUTH_SECRET,
 * so a copy of the database (a backup, a dump) does not hand out everyone's second factor.
 * Stored as `totp1.<key id>.<iv>.<ciphertext+tag>`; the key id says which secret sealed it, so
 * NEXTAUTH_SECRET can rotate with the old value in NEXTAUTH_SECRET_PREVIOUS for a while.
 */
const PREFIX = "totp1";
type Key = { id: string; key: Buffer };

function derive(secret: string): Key {
  const key = Buffer.from(hkdfSync("sha256", secret, "synergia", "totp-secret-at-rest", 32));
  return { id: createHash("sha256").update(key).digest("base64url").slice(0, 8), key };
}

let cached: { source: string; keys: Key[] } | null = null;
function keyring(): Key[] {
  const env = getEnv();
  const source = `${env.NEXTAUTH_SECRET}\n${env.NEXTAUTH_SECRET_PREVIOUS ?? ""}`;
  if (cached?.source !== source) {
    const previous = (env.NEXTAUTH_SECRET_PREVIOUS ?? "").split(",").filter((s) => s.trim().length > 0);
    cached = { source, keys: [env.NEXTAUTH_SECRET, ...previous].map(derive) };
  }
  return cached.keys;
}

export function sealSecret(secret: string): string {
  const { id, key } = keyring()[0];
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return [PREFIX, id, iv.toString("base64url"), sealed.toString("base64url")].join(".");
}

/** A sealed key that no configured secret opens (NEXTAUTH_SECRET rotated without NEXTAUTH_SECRET_PREVIOUS). */
export class UnreadableSecretError extends Error {
  constructor(readonly keyId: string) {
    super(`Second-factor key sealed under an unknown secret (key id ${keyId})`);
    this.name = "UnreadableSecretError";
  }
}

export const isSealed = (stored: string) => stored.startsWith(`${PREFIX}.`);

/**
 * The key in clear, and whether it should be sealed again (stored in clear by an older version
 * or the seed, or sealed under a previous secret). Throws UnreadableSecretError when no known
 * secret opens it.
 */
export function openSecret(stored: string): { secret: string; reseal: boolean } {
  if (!isSealed(stored)) return { secret: stored, reseal: true };
  const [, id, iv, sealed] = stored.split(".");
  const keys = keyring();
  const index = keys.findIndex((k) => k.id === id);
  if (index < 0) throw new UnreadableSecretError(id);
  try {
    const data = Buffer.from(sealed, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", keys[index].key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(data.subarray(data.length - 16));
    const secret = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString("utf8");
    return { secret, reseal: index > 0 };
  } catch {
    // A damaged value (or a key id that collided): no secret we hold opens it either.
    throw new UnreadableSecretError(id);
  }
}
