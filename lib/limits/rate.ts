import "server-only";

import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { RateLimitError, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";

/** The kinds of write each user may do only so often in an hour (README, Security). */
export type WriteKind = "comment" | "evidence" | "upload" | "invitation";

export const RATE_WINDOW_MS = 60 * 60 * 1000;

const SETTING = {
  comment: "RATE_LIMIT_COMMENTS",
  evidence: "RATE_LIMIT_EVIDENCE",
  upload: "RATE_LIMIT_UPLOADS",
  invitation: "RATE_LIMIT_INVITATIONS",
} as const;

export const writeLimit = (kind: WriteKind): number => getEnv()[SETTING[kind]];

const windowOf = (now: Date) => new Date(Math.floor(now.getTime() / RATE_WINDOW_MS) * RATE_WINDOW_MS);

/**
 * Adds `amount` to the user's counter of this window and returns the new count with the previous
 * window's (one atomic statement; the previous window is no longer written to).
 */
async function add(userId: string, kind: WriteKind, windowStart: Date, amount: number): Promise<{ count: number; previous: number }> {
  const previousStart = new Date(windowStart.getTime() - RATE_WINDOW_MS);
  const [row] = await getDb().$queryRaw<{ count: number; fresh: boolean; previous: number }[]>`
    WITH counted AS (
      INSERT INTO rate_limit_counters (user_id, kind, window_start, count)
      VALUES (${userId}::uuid, ${kind}, ${windowStart}, ${amount})
      ON CONFLICT (user_id, kind, window_start) DO UPDATE SET count = rate_limit_counters.count + EXCLUDED.count
      RETURNING count, (xmax = 0) AS fresh)
    SELECT counted.count, counted.fresh,
           coalesce((SELECT greatest(0, p.count) FROM rate_limit_counters p
                     WHERE p.user_id = ${userId}::uuid AND p.kind = ${kind} AND p.window_start = ${previousStart}), 0) AS previous
    FROM counted`;
  // The first write of a window clears the user's windows of that kind before the previous one,
  // which the sliding estimate still reads.
  if (row.fresh)
    await getDb().$executeRaw`
    DELETE FROM rate_limit_counters
    WHERE user_id = ${userId}::uuid AND kind = ${kind} AND window_start < ${previousStart}`;
  return { count: row.count, previous: row.previous };
}

/**
 * Seconds until `amount` more writes would fit, if none is made meanwhile: the previous hour's
 * weight falls linearly through this hour, then this hour's through the next.
 */
function secondsUntilFree(limit: number, amount: number, previous: number, current: number, elapsed: number): number {
  const room = limit - amount; // never negative: withWriteLimit refuses more than the limit at once
  let waitMs = RATE_WINDOW_MS - elapsed + (1 - room / current) * RATE_WINDOW_MS;
  if (room >= current) waitMs = previous > 0 ? Math.max(0, (1 - (room - current) / previous) * RATE_WINDOW_MS - elapsed) : 0;
  return Math.max(1, Math.ceil(Math.round(waitMs) / 1000)); // whole ms: no float dust adds a second
}

/**
 * Runs `work` if the user has `amount` writes of this kind left in the last hour, else refuses
 * with RateLimitError (429, Retry-After: when enough would be free). The hour slides: the count
 * is this clock hour's plus the previous clock hour's weighted by the part of it still inside the
 * last 60 minutes, so no more than the limit passes across an hour boundary either. This hour's
 * counter is taken in its own statement, an upsert that parallel requests of one user (on any
 * instance) apply one after the other, so no more than the limit ever pass; it is given back when
 * the request is refused or `work` fails, so a refusal or a rolled-back write counts nothing.
 * More at once than the whole limit is refused with ValidationError (422, no Retry-After).
 */
export async function withWriteLimit<T>(userId: string, kind: WriteKind, amount: number, work: () => Promise<T>): Promise<T> {
  if (amount <= 0) return work();
  const limit = writeLimit(kind);
  // More at once than a whole hour allows never fits, however long one waits: refused as bad
  // input naming the most one hour takes, not with a Retry-After that suggests waiting helps.
  // Only uploads come several at a time (the files of one request).
  if (amount > limit) throw new ValidationError("uploadOverHourlyLimit", "attachments", { max: limit });
  const now = new Date();
  const windowStart = windowOf(now);
  const elapsed = now.getTime() - windowStart.getTime();
  const { count, previous } = await add(userId, kind, windowStart, amount);
  const giveBack = () =>
    add(userId, kind, windowStart, -amount).catch((error: unknown) => log.warn({ err: error, userId, kind }, "rate limit not given back"));
  if (count + previous * (1 - elapsed / RATE_WINDOW_MS) > limit) {
    await giveBack();
    // Parallel refusals not yet given back are no writes: what passed this hour is at most the limit.
    const retryAfter = secondsUntilFree(limit, amount, previous, Math.min(count - amount, limit), elapsed);
    throw new RateLimitError("writeRateLimited", { minutes: Math.ceil(retryAfter / 60), retryAfter });
  }
  try {
    return await work();
  } catch (error) {
    await giveBack();
    throw error;
  }
}
