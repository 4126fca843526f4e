import "server-only";

import ipaddr from "ipaddr.js";

import { getDb } from "@/lib/db/client";
import { RateLimitError } from "@/lib/errors";

/**
 * Sign-in throttling, atomic under parallel requests and shared by every app instance.
 *
 * An attempt is *reserved* (a row with success = NULL, counted as a failure) before the password
 * or code is checked, and the limits are counted in the same transaction under advisory locks on
 * the account and on the address, so N parallel guesses cannot all read "no failures yet": at
 * most `max` of them get a slot, the rest are refused without being checked.
 *
 * The limits, per factor (a failure = a wrong or still-running check; a success never resets):
 * - pair (account × address): locks one account from one address. An attacker who fails 10 times
 *   locks themselves out, not the owner, who signs in from their own address.
 * - address (any account): bounds password spraying from one address; 30, not 10, because an
 *   office behind one NAT address must not be locked by a few colleagues' typos.
 * - account (from every address): the ceiling on distributed guessing. Passwords: 100 per 15 min
 *   (NIST SP 800-63B §5.2.2 allows up to 100 consecutive failures), at most 9,600 guesses a day
 *   against a password of ≥ 12 characters, while a botnet needs ≥ 4 addresses to reach it;
 *   addresses from which the account signed in during the last 30 days are exempt, so even then
 *   the owner signs in from home or office. Second factor: an attacker there already has the
 *   password, and each guess at a 6-digit code (3 accepted per ±30 s window) succeeds with
 *   p = 3·10⁻⁶, so the ceiling is per day: 30 a day keeps the odds below 1 % a year.
 */
export type Factor = "PASSWORD" | "SECOND_FACTOR";

type Limit = { max: number; windowMinutes: number };
export type FactorLimits = { pair: Limit; address: Limit; account: Limit & { knownAddressesExempt: boolean } };

export const THROTTLE_LIMITS: Record<Factor, FactorLimits> = {
  PASSWORD: {
    pair: { max: 10, windowMinutes: 15 },
    address: { max: 30, windowMinutes: 15 },
    account: { max: 100, windowMinutes: 15, knownAddressesExempt: true },
  },
  SECOND_FACTOR: {
    pair: { max: 10, windowMinutes: 15 },
    address: { max: 30, windowMinutes: 15 },
    account: { max: 30, windowMinutes: 24 * 60, knownAddressesExempt: false },
  },
};

/** An address from which the account signed in successfully within this many days is known. */
export const KNOWN_ADDRESS_DAYS = 30;

// Advisory-lock namespaces (first key of the two-key form), so account and address keys never collide.
const ACCOUNT_LOCK = 1_201;
const ADDRESS_LOCK = 1_202;

/**
 * The throttling key of an address: IPv4 as is, IPv6 by its /64 prefix (one subscriber gets a
 * whole /64, and rotating through it must not buy fresh attempts).
 */
export function addressBucket(address: string): string {
  if (!ipaddr.IPv6.isValid(address)) return address;
  const parts = ipaddr.IPv6.parse(address).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}

type Counts = {
  pair: number;
  pair_oldest: Date | null;
  address: number;
  address_oldest: Date | null;
  account: number;
  account_oldest: Date | null;
  known: boolean;
};

/**
 * Reserves one attempt for `email` from `address`, or throws RateLimitError (with the minutes
 * until a slot frees) when a limit is reached. Resolve the returned attempt with the outcome.
 */
export async function reserveAttempt(input: { email: string; address: string; factor: Factor }): Promise<bigint> {
  const ip = addressBucket(input.address);
  const { email, factor } = input;
  const limits = THROTTLE_LIMITS[factor];
  return getDb().$transaction(
    async (tx) => {
      // Always account first, then address: no transaction waits for an account lock while
      // holding an address lock, so they cannot deadlock.
      await tx.$executeRaw`select pg_advisory_xact_lock(${ACCOUNT_LOCK}::int, hashtext(${email}))`;
      await tx.$executeRaw`select pg_advisory_xact_lock(${ADDRESS_LOCK}::int, hashtext(${ip}))`;
      const [counts] = await tx.$queryRaw<Counts[]>`
      with failures as (
        select email, ip, created_at from login_attempts
        where factor = ${factor}::"LoginFactor" and success is not true
          and created_at > now() - make_interval(mins => ${Math.max(limits.pair.windowMinutes, limits.address.windowMinutes, limits.account.windowMinutes)})
          and (email = ${email} or ip = ${ip})
      )
      select
        count(*) filter (where email = ${email} and ip = ${ip} and created_at > now() - make_interval(mins => ${limits.pair.windowMinutes}))::int as pair,
        min(created_at) filter (where email = ${email} and ip = ${ip} and created_at > now() - make_interval(mins => ${limits.pair.windowMinutes})) as pair_oldest,
        count(*) filter (where ip = ${ip} and created_at > now() - make_interval(mins => ${limits.address.windowMinutes}))::int as address,
        min(created_at) filter (where ip = ${ip} and created_at > now() - make_interval(mins => ${limits.address.windowMinutes})) as address_oldest,
        count(*) filter (where email = ${email} and created_at > now() - make_interval(mins => ${limits.account.windowMinutes}))::int as account,
        min(created_at) filter (where email = ${email} and created_at > now() - make_interval(mins => ${limits.account.windowMinutes})) as account_oldest,
        exists (
          select 1 from login_attempts
          where email = ${email} and ip = ${ip} and factor = 'PASSWORD' and success
            and created_at > now() - make_interval(days => ${KNOWN_ADDRESS_DAYS})
        ) as known
      from failures`;
      const full: { oldest: Date | null; windowMinutes: number }[] = [];
      if (counts.pair >= limits.pair.max) full.push({ oldest: counts.pair_oldest, windowMinutes: limits.pair.windowMinutes });
      if (counts.address >= limits.address.max) full.push({ oldest: counts.address_oldest, windowMinutes: limits.address.windowMinutes });
      if (counts.account >= limits.account.max && !(limits.account.knownAddressesExempt && counts.known)) {
        full.push({ oldest: counts.account_oldest, windowMinutes: limits.account.windowMinutes });
      }
      if (full.length > 0) throw new RateLimitError("rateLimited", { minutes: minutesUntilFree(full) });
      const [row] = await tx.$queryRaw<{ id: bigint }[]>`
      insert into login_attempts (email, ip, factor, success) values (${email}, ${ip}, ${factor}::"LoginFactor", null)
      returning id`;
      return row.id;
      // A burst queues here (the advisory locks serialize one account's attempts): wait for a
      // connection rather than fail; the transaction itself is a few short statements.
    },
    { maxWait: 60_000, timeout: 15_000 },
  );
}

/** Records the outcome of a reserved attempt; a success frees its slot. */
export async function resolveAttempt(id: bigint, success: boolean): Promise<void> {
  await getDb().loginAttempt.update({ where: { id }, data: { success } });
}

/** Minutes until every full limit has a free slot again (its oldest counted failure expires). */
function minutesUntilFree(full: { oldest: Date | null; windowMinutes: number }[]): number {
  const now = Date.now();
  const waits = full.map(({ oldest, windowMinutes }) =>
    oldest ? oldest.getTime() + windowMinutes * 60_000 - now : windowMinutes * 60_000,
  );
  return Math.max(1, Math.ceil(Math.max(...waits) / 60_000));
}
