import "server-only";

import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { RateLimitError } from "@/lib/errors";
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

/** Adds `amount` to the user's counter of this window and returns the new count (one atomic statement). */
async function add(userId: string, kind: WriteKind, windowStart: Date, amount: number): Promise<number> {
  const [row] = await getDb().$queryRaw<{ count: number; fresh: boolean }[]>`
    INSERT INTO rate_limit_counters (user_id, kind, window_start, count)
    VALUES (${userId}::uuid, ${kind}, ${windowStart}, ${amount})
    ON CONFLICT (user_id, kind, window_start) DO UPDATE SET count = rate_limit_counters.count + EXCLUDED.count
    RETURNING count, (xmax = 0) AS fresh`;
  // The first write of a window clears the user's older windows of that kind.
  if (row.fresh)
    await getDb().$executeRaw`
    DELETE FROM rate_limit_counters WHERE user_id = ${userId}::uuid AND kind = ${kind} AND window_start < ${windowStart}`;
  return row.count;
}

/**
 * Runs `work` if the user has `amount` writes of this kind left in the current hour, else refuses
 * with RateLimitError (429, Retry-After: the end of the window). The counter is taken in its own
 * statement, an upsert that parallel requests of one user (on any instance) apply one after the
 * other, so no more than the limit ever pass; it is given back when the request is refused or
 * `work` fails, so a refusal or a rolled-back write counts nothing.
 */
export async function withWriteLimit<T>(userId: string, kind: WriteKind, amount: number, work: () => Promise<T>): Promise<T> {
  if (amount <= 0) return work();
  const now = new Date();
  const windowStart = windowOf(now);
  const count = await add(userId, kind, windowStart, amount);
  const giveBack = () =>
    add(userId, kind, windowStart, -amount).catch((error: unknown) => log.warn({ err: error, userId, kind }, "rate limit not given back"));
  if (count > writeLimit(kind)) {
    await giveBack();
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + RATE_WINDOW_MS - now.getTime()) / 1000));
    throw new RateLimitError("writeRateLimited", { minutes: Math.ceil(retryAfter / 60), retryAfter });
  }
  try {
    return await work();
  } catch (error) {
    await giveBack();
    throw error;
  }
}
