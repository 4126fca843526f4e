import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

import { KNOWN_ADDRESS_DAYS, reserveAttempt, THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { RateLimitError } from "@/lib/errors";
import { PRUNE_CRON, pruneSignInAndLimitTables, RETENTION } from "@/lib/jobs/prune";
import { QUEUES } from "@/lib/jobs/queues";
import { startWorker } from "@/lib/jobs/worker";
import { RATE_WINDOW_MS, withWriteLimit, writeLimit } from "@/lib/limits/rate";

import { createUser, resetDb, testDb, testSql } from "./helpers/db";
import { clientRecordingStatements } from "./helpers/recording-client";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
// Mid-window, so that no hour boundary of the write limit falls inside the test (only Date is faked).
const NOW = new Date(Math.floor(Date.now() / RATE_WINDOW_MS) * RATE_WINDOW_MS + RATE_WINDOW_MS / 2);
const ago = (ms: number) => new Date(NOW.getTime() - ms);

/**
 * The daily clean-up removes what no check reads any more, and nothing a check still needs: the
 * sign-in throttle and the write limit hold exactly as before it ran.
 */
describe("the daily clean-up of sign-in and limit tables", () => {
  afterEach(() => vi.useRealTimers());
  afterAll(async () => {
    await testSql()`drop schema if exists pgboss cascade`;
  });

  it("keeps every row for at least as long as a limit or session check reads it", () => {
    const longestWindow = Math.max(
      ...Object.values(THROTTLE_LIMITS).flatMap((f) => [f.pair, f.address, f.account].map((l) => l.windowMinutes)),
    );
    expect(RETENTION.failedAttemptDays * 24 * 60).toBeGreaterThan(longestWindow);
    expect(RETENTION.successfulAttemptDays).toBeGreaterThan(KNOWN_ADDRESS_DAYS);
    expect(RETENTION.rateLimitWindowHours * HOUR).toBeGreaterThan(RATE_WINDOW_MS);
  });

  it("deletes old attempts, closed sessions and past windows, keeps current ones, and the limits still hold", async () => {
    await resetDb();
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    const user = await createUser();
    const db = testDb();
    const email = "target@example.test";
    const ip = "198.51.100.7";

    // Sign-in attempts: ten fresh failures lock the pair; a success 20 days old makes an address known.
    const oldFailure = await db.loginAttempt.create({ data: { email, ip, success: false, createdAt: ago(3 * DAY) } });
    const oldReservation = await db.loginAttempt.create({ data: { email, ip, success: null, createdAt: ago(3 * DAY) } });
    const oldSuccess = await db.loginAttempt.create({ data: { email, ip: "198.51.100.8", success: true, createdAt: ago(40 * DAY) } });
    const knownSuccess = await db.loginAttempt.create({ data: { email, ip: "198.51.100.9", success: true, createdAt: ago(20 * DAY) } });
    const dayOldFailure = await db.loginAttempt.create({ data: { email, ip: "198.51.100.10", success: false, createdAt: ago(20 * HOUR) } });
    // Dated by the database's clock, which the throttle's windows read (only JavaScript's Date is
    // faked, and NOW may lie up to half an hour away from it).
    await testSql()`
      insert into login_attempts (email, ip, factor, success, created_at)
      select ${email}, ${ip}, 'PASSWORD', false, now() from generate_series(1, ${THROTTLE_LIMITS.PASSWORD.pair.max})`;

    // Sessions: closed a week ago go; closed yesterday and open stay.
    const session = (data: { createdAt: Date; expiresAt: Date; endedAt?: Date }) =>
      db.userSession.create({ data: { userId: user.id, ip, ...data }, select: { id: true } });
    const endedLongAgo = await session({ createdAt: ago(9 * DAY), expiresAt: ago(9 * DAY - 8 * HOUR), endedAt: ago(8 * DAY) });
    const expiredLongAgo = await session({ createdAt: ago(9 * DAY), expiresAt: ago(8 * DAY) });
    const endedYesterday = await session({ createdAt: ago(DAY + HOUR), expiresAt: ago(DAY - 7 * HOUR), endedAt: ago(DAY) });
    const open = await session({ createdAt: ago(HOUR), expiresAt: new Date(NOW.getTime() + 7 * HOUR) });

    // Write-limit counters: a window three hours back goes; this hour's, used up, stays.
    const thisWindow = ago(RATE_WINDOW_MS / 2);
    await db.rateLimitCounter.create({
      data: { userId: user.id, kind: "comment", windowStart: ago(3 * HOUR + RATE_WINDOW_MS / 2), count: 5 },
    });
    await db.rateLimitCounter.create({ data: { userId: user.id, kind: "comment", windowStart: thisWindow, count: writeLimit("comment") } });

    // Live-update streams: one whose heartbeat stopped hours ago goes, a live one stays.
    await db.liveStream.create({ data: { userId: user.id, openedAt: ago(5 * HOUR), seenAt: ago(4 * HOUR) } });
    const liveStream = await db.liveStream.create({ data: { userId: user.id, seenAt: ago(10_000) } });

    expect(await pruneSignInAndLimitTables(db, NOW)).toEqual({ loginAttempts: 3, sessions: 2, rateLimitCounters: 1, liveStreams: 1 });

    const attemptIds = (await db.loginAttempt.findMany({ select: { id: true } })).map((a) => a.id);
    for (const gone of [oldFailure, oldReservation, oldSuccess]) expect(attemptIds).not.toContain(gone.id);
    expect(attemptIds).toEqual(expect.arrayContaining([knownSuccess.id, dayOldFailure.id]));
    expect(attemptIds).toHaveLength(2 + THROTTLE_LIMITS.PASSWORD.pair.max);
    const sessionIds = (await db.userSession.findMany({ select: { id: true } })).map((s) => s.id).sort();
    expect(sessionIds).toEqual([endedYesterday.id, open.id].sort());
    expect(sessionIds).not.toContain(endedLongAgo.id);
    expect(sessionIds).not.toContain(expiredLongAgo.id);
    expect(await db.rateLimitCounter.findMany({ select: { windowStart: true } })).toEqual([{ windowStart: thisWindow }]);
    expect((await db.liveStream.findMany({ select: { id: true } })).map((s) => s.id)).toEqual([liveStream.id]);

    // The limits hold as before: the pair stays locked, the used-up hour refuses another comment.
    await expect(reserveAttempt({ email, address: ip, factor: "PASSWORD" })).rejects.toBeInstanceOf(RateLimitError);
    const work = vi.fn(async () => "written");
    await expect(withWriteLimit(user.id, "comment", 1, work)).rejects.toBeInstanceOf(RateLimitError);
    expect(work).not.toHaveBeenCalled();
    // A second run finds nothing more to delete.
    expect(await pruneSignInAndLimitTables(db, NOW)).toEqual({ loginAttempts: 0, sessions: 0, rateLimitCounters: 0, liveStreams: 0 });
  });

  it("finds old sign-in attempts and closed sessions through an index, not by reading the whole table", async () => {
    // After a flood of sign-in attempts the first run would otherwise read every row of the
    // table while deleting; with sequential scans priced out, the plan shows which index it has.
    await resetDb();
    const recording = clientRecordingStatements();
    try {
      await pruneSignInAndLimitTables(recording.db, NOW);
      const deletes = recording.statements.filter((s) => /^\s*delete from "public"\."(login_attempts|user_sessions)"/i.test(s.sql));
      expect(deletes).toHaveLength(2);
      const plans = await testSql().begin(async (tx) => {
        await tx`set local enable_seqscan = off`;
        const plans: string[] = [];
        for (const statement of deletes) {
          const rows = await tx.unsafe<{ "QUERY PLAN": string }[]>(`explain ${statement.sql}`, statement.args as never[]);
          plans.push(rows.map((r) => r["QUERY PLAN"]).join("\n"));
        }
        return plans;
      });
      for (const plan of plans) expect(plan).not.toMatch(/Seq Scan/);
      expect(plans[0]).toMatch(/login_attempts_created_at_idx/);
      expect(plans[1]).toMatch(/user_sessions_ended_at_idx/);
      expect(plans[1]).toMatch(/user_sessions_expires_at_idx/);
    } finally {
      await recording.db.$disconnect();
    }
  });

  it("is scheduled daily by the worker", async () => {
    await resetDb();
    const worker = await startWorker({ databaseUrl: process.env.DATABASE_URL!, db: testDb(), transport: null });
    try {
      const schedules = await testSql()<{ cron: string; timezone: string }[]>`
        select cron, timezone from pgboss.schedule where name = ${QUEUES.prune}`;
      expect(schedules).toEqual([{ cron: PRUNE_CRON, timezone: "UTC" }]);
    } finally {
      await worker.stop();
    }
  });
});
