import "server-only";

import ipaddr from "ipaddr.js";

import { getDb, type Db } from "@/lib/db/client";
import { RateLimitError } from "@/lib/errors";

/**
 * Sign-in throttling, atomic under parallel requests and shared by every app instance.
 *
 * Every check takes a place in a queue first (a row with success = NULL, in arrival order) and
 * runs once, for each limit, the failures plus the unresolved rows ahead of it leave room; it is
 * refused only when the failures alone fill a limit. So a burst of correct sign-ins behind one
 * address waits its turn while earlier passwords are checked instead of being refused, and N
 * parallel guesses still get at most `max` wrong secrets checked: every running check counts
 * against the limit until it is resolved (the proof is in the migration `…_login_throttle_queue`). Queue and counts
 * are one statement under advisory locks on the account and on the address. The queue of each
 * limit's key is bounded (QUEUE_FACTOR): beyond it a new check is refused at once, without a row.
 *
 * The limits, per factor (a failure = a wrong check, or one left unresolved for STALE_SECONDS;
 * a success never resets):
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

/**
 * The throttling key of an address: IPv4 as is, IPv6 by its /64 prefix (one subscriber gets a
 * whole /64, and rotating through it must not buy fresh attempts).
 */
export function addressBucket(address: string): string {
  if (!ipaddr.IPv6.isValid(address)) return address;
  const parts = ipaddr.IPv6.parse(address).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}

/** An unresolved row older than this (its process died) counts as a failure and queues no one. */
export const STALE_SECONDS = 60;
/** How long a check waits in the queue before it is refused (a check takes well under a second). */
const MAX_WAIT_MS = 20_000;
/**
 * At most QUEUE_FACTOR × max checks per key (pair, address, account) are unresolved at once,
 * running or waiting; a check arriving beyond is refused at once ("busy"), as cheaply as at a full
 * limit. Each waiting check asks up to 4 times a second and each ask counts the key's rows, so an
 * unbounded queue costs work growing with the square of a burst (1,000 parallel sign-ins by the
 * account's own owner); bounded, at most 2·max checks per key wait, asking at most 8·max times a
 * second over a bounded number of rows, and each request beyond costs one read-only statement.
 * 3, not 2: the honest bursts the queue is for (a person's retries and tabs, twice the pair limit
 * in the tests; colleagues behind one office address) fit with room to spare, and the last place
 * waits a few checks' time (max run at once), far below MAX_WAIT_MS.
 */
export const QUEUE_FACTOR = 3;

/** One look at the queue; a refused or busy check has no row (it never queued, or left it). */
type Reservation = ({ state: "admitted" | "waiting"; attempt_id: bigint } | { state: "refused" | "busy"; attempt_id: null }) & {
  pair_failures: number;
  pair_oldest: Date | null;
  address_failures: number;
  address_oldest: Date | null;
  account_failures: number;
  account_oldest: Date | null;
  known: boolean;
};

/**
 * Reserves one check for `email` from `address`, waiting while earlier checks hold the free
 * slots, or throws RateLimitError (with the minutes until a slot frees) when a limit is reached;
 * with one minute when the queue is full (QUEUE_FACTOR) or the wait exceeds `maxWaitMs`.
 * Resolve the returned attempt with the outcome.
 *
 * Each look at the queue is one statement, the SQL function `reserve_login_attempt`, sent
 * outside any transaction: it commits whole or not at all. (Within a Prisma interactive
 * transaction, a statement sent after the transaction's timeout ran outside the locks and
 * committed on its own, prisma/orm#29762; see the migration `…_atomic_login_throttle`.) `db` is
 * for tests that watch or delay a statement on its way, `maxWaitMs` for tests of the give-up.
 */
export async function reserveAttempt(
  input: { email: string; address: string; factor: Factor },
  { db = getDb(), maxWaitMs = MAX_WAIT_MS }: { db?: Pick<Db, "$queryRaw" | "$executeRaw">; maxWaitMs?: number } = {},
): Promise<bigint> {
  const ip = addressBucket(input.address);
  const { email, factor } = input;
  const { pair, address, account } = THROTTLE_LIMITS[factor];
  const deadline = Date.now() + maxWaitMs;
  let queued: bigint | null = null;
  for (let round = 0; ; round++) {
    // A burst queues on the advisory locks inside the database, one short statement at a time.
    const [r]: Reservation[] = await db.$queryRaw<Reservation[]>`
      select * from reserve_login_attempt(
        ${queued}::bigint, ${email}, ${ip}, ${factor}::"LoginFactor",
        ${pair.max}::int, ${pair.windowMinutes}::int, ${address.max}::int, ${address.windowMinutes}::int,
        ${account.max}::int, ${account.windowMinutes}::int, ${account.knownAddressesExempt}::boolean,
        ${KNOWN_ADDRESS_DAYS}::int, ${STALE_SECONDS}::int, ${QUEUE_FACTOR}::int)`;
    if (r.state === "refused") throw refusal(r, THROTTLE_LIMITS[factor]);
    // The key's queue is full: it drains within seconds, so "try again in a minute", as on giving up.
    if (r.state === "busy") throw new RateLimitError("rateLimited", { minutes: 1 });
    if (r.state === "admitted") return r.attempt_id;
    queued = r.attempt_id;
    if (Date.now() > deadline) {
      // Leave the queue: only this request's own call can let its row through.
      await db.$executeRaw`delete from login_attempts where id = ${queued} and success is null`;
      throw new RateLimitError("rateLimited", { minutes: 1 });
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** round, 250)));
  }
}

function refusal(r: Reservation, { pair, address, account }: FactorLimits): RateLimitError {
  const full: { oldest: Date | null; windowMinutes: number }[] = [];
  if (r.pair_failures >= pair.max) full.push({ oldest: r.pair_oldest, windowMinutes: pair.windowMinutes });
  if (r.address_failures >= address.max) full.push({ oldest: r.address_oldest, windowMinutes: address.windowMinutes });
  if (r.account_failures >= account.max && !(account.knownAddressesExempt && r.known))
    full.push({ oldest: r.account_oldest, windowMinutes: account.windowMinutes });
  return new RateLimitError("rateLimited", { minutes: minutesUntilFree(full) });
}

/** Records the outcome of a reserved attempt; a success frees its slot. */
export async function resolveAttempt(id: bigint, success: boolean): Promise<void> {
  await getDb().loginAttempt.update({ where: { id }, data: { success } });
}

/**
 * Drops a reserved attempt that checked no secret (the server could not check it: an
 * authenticator key it cannot open). It counts neither as a failure nor as a success.
 */
export async function releaseAttempt(id: bigint): Promise<void> {
  await getDb().loginAttempt.deleteMany({ where: { id, success: null } });
}

/** Minutes until every full limit has a free slot again (its oldest counted failure expires). */
function minutesUntilFree(full: { oldest: Date | null; windowMinutes: number }[]): number {
  const now = Date.now();
  const waits = full.map(({ oldest, windowMinutes }) =>
    oldest ? oldest.getTime() + windowMinutes * 60_000 - now : windowMinutes * 60_000,
  );
  return Math.max(1, Math.ceil(Math.max(...waits) / 60_000));
}
