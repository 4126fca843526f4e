// Not `server-only`: run by the worker (scripts/worker.ts) in plain Node.
import type { Db } from "@/lib/db/client";

/**
 * How long the sign-in and limit tables keep their rows (README, Security). Each must outlast
 * what reads it, or a limit would loosen: tests/integration/prune.test.ts checks them against
 * the throttle's windows (lib/auth/throttle.ts) and the write-limit window (lib/limits/rate.ts).
 */
export const RETENTION = {
  /** Failed and unresolved sign-in attempts: the longest throttle window is one day. */
  failedAttemptDays: 2,
  /** Successful sign-ins: they make an address "known" for 30 days (KNOWN_ADDRESS_DAYS). */
  successfulAttemptDays: 31,
  /** Sessions, counted from when they were ended or expired; a missing row is refused like an ended one. */
  closedSessionDays: 7,
  /** Write-limit counters, counted from the start of their one-hour window. */
  rateLimitWindowHours: 2,
  /** Live-update stream rows whose heartbeat stopped (75 s makes them stale) are left this long. */
  staleStreamHours: 1,
} as const;

/** Cron (UTC) of the daily clean-up, at a quiet hour. */
export const PRUNE_CRON = "40 3 * * *";

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export type PruneCounts = { loginAttempts: number; sessions: number; rateLimitCounters: number; liveStreams: number };

/** Deletes what no limit or session check reads any more; returns how many rows of each went. */
export async function pruneSignInAndLimitTables(db: Db, now: Date = new Date()): Promise<PruneCounts> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const loginAttempts = await db.loginAttempt.deleteMany({
    where: {
      OR: [
        { success: true, createdAt: { lt: before(RETENTION.successfulAttemptDays * DAY_MS) } },
        { OR: [{ success: false }, { success: null }], createdAt: { lt: before(RETENTION.failedAttemptDays * DAY_MS) } },
      ],
    },
  });
  const closed = before(RETENTION.closedSessionDays * DAY_MS);
  const sessions = await db.userSession.deleteMany({ where: { OR: [{ endedAt: { lt: closed } }, { expiresAt: { lt: closed } }] } });
  const rateLimitCounters = await db.rateLimitCounter.deleteMany({
    where: { windowStart: { lt: before(RETENTION.rateLimitWindowHours * HOUR_MS) } },
  });
  const liveStreams = await db.liveStream.deleteMany({ where: { seenAt: { lt: before(RETENTION.staleStreamHours * HOUR_MS) } } });
  return {
    loginAttempts: loginAttempts.count,
    sessions: sessions.count,
    rateLimitCounters: rateLimitCounters.count,
    liveStreams: liveStreams.count,
  };
}
