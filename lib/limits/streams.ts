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

export async function touchLiveStream(id: string): Promise<void> {
  await getDb().liveStream.updateMany({ where: { id }, data: { seenAt: new Date() } });
}

export async function closeLiveStream(id: string): Promise<void> {
  await getDb().liveStream.deleteMany({ where: { id } });
}
