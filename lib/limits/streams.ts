import "server-only";

import { getDb, type Db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { RateLimitError } from "@/lib/errors";

/** How often an open stream tells the database it is alive; the SSE heartbeat runs this often. */
export const STREAM_HEARTBEAT_MS = 25_000;
/** A stream not seen for this long belongs to an instance that died: it no longer counts. */
const STALE_MS = 3 * STREAM_HEARTBEAT_MS;
const RETRY_AFTER_S = 60;

/**
 * Registers one more open live-update stream of the user, or refuses with RateLimitError (429)
 * when MAX_LIVE_STREAMS are open on any instance. Returns the stream's id for touchLiveStream /
 * closeLiveStream. Count and insert are one statement, the SQL function `open_live_stream`, under
 * a per-user advisory lock, so parallel opens cannot all see the last free slot, and no part of
 * it can commit on its own (see its migration). `db` is for tests that delay the statement.
 */
export async function openLiveStream(user: { id: string }, db: Pick<Db, "$queryRaw"> = getDb()): Promise<string> {
  const max = getEnv().MAX_LIVE_STREAMS;
  const [{ id }] = await db.$queryRaw<{ id: string | null }[]>`
    SELECT open_live_stream(${user.id}, ${max}::int, ${new Date(Date.now() - STALE_MS)}) AS id`;
  if (id === null) throw new RateLimitError("tooManyLiveStreams", { max, retryAfter: RETRY_AFTER_S, minutes: 1 });
  return id;
}

/**
 * The heartbeat of an open stream: marks it alive if the session that opened it is still valid,
 * as lib/auth/session.ts judges a request's session (the row open and unexpired, the user active,
 * the session version the one the cookie carries). Returns false when it is not, or when the
 * stream's row is gone (counted stale and removed): the caller then closes the stream, so an ended
 * session stops hearing about comments within one heartbeat. One statement, as the heartbeat
 * alone cost before.
 */
export async function touchLiveStream(id: string, session: { id: string; version: number }): Promise<boolean> {
  const now = new Date();
  const touched = await getDb().$executeRaw`
    UPDATE live_streams SET seen_at = ${now}
    WHERE id = ${id}::uuid
      AND EXISTS (
        SELECT 1 FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ${session.id}::uuid AND s.user_id = live_streams.user_id AND s.ended_at IS NULL
          AND s.expires_at > ${now} AND u.status = 'ACTIVE' AND u.session_version = ${session.version}::int
      )`;
  return touched > 0;
}

export async function closeLiveStream(id: string): Promise<void> {
  await getDb().liveStream.deleteMany({ where: { id } });
}
