import { hash, verify, type Algorithm } from "@node-rs/argon2";

// argon2id with OWASP's second recommended profile (19 MiB, t=2, p=1).
const OPTIONS = {
  algorithm: 2 as Algorithm /* Argon2id; a const enum, not importable as a value */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from "./password-rules";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the email is unknown so timing matches. */
let dummyHash: Promise<string> | undefined;
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("synergia-timing-equaliser-not-a-password");
  return dummyHash;
}
