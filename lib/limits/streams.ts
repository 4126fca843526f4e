import "server-only";

import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { RateLimitError } from "@/lib/errors";

/** How often an open stream tells the database it is alive; the SSE heartbeat runs this often. */
export const STREAM_HEARTBEAT_MS = 25_000;
/** A stream not seen for this long belongs to an instance that died: it no longer counts. */
const STALE_MS = 3 * STREAM_HEARTBEAT_MS;
const RETRY_AFTER_S = 60;

/**
 * Registers one more open live-update stream of the user, or refuses with RateLimitError (429)
 * when MAX_LIVE_STREAMS are open on any instance. Count and insert run under a per-user advisory
 * lock, so parallel opens cannot all see the last free slot. Returns the stream's id for
 * touchLiveStream / closeLiveStream.
 */
export async function openLiveStream(user: { id: string }): Promise<string> {
  const max = getEnv().MAX_LIVE_STREAMS;
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('synergia.live_streams'), hashtext(${user.id}))`;
    await tx.liveStream.deleteMany({ where: { userId: user.id, seenAt: { lt: new Date(Date.now() - STALE_MS) } } });
    const open = await tx.liveStream.count({ where: { userId: user.id } });
    if (open >= max) throw new RateLimitError("tooManyLiveStreams", { max, retryAfter: RETRY_AFTER_S, minutes: 1 });
    const row = await tx.liveStream.create({ data: { userId: user.id }, select: { id: true } });
    return row.id;
  });
}

export async function touchLiveStream(id: string): Promise<void> {
  await getDb().liveStream.updateMany({ where: { id }, data: { seenAt: new Date() } });
}

export async function closeLiveStream(id: string): Promise<void> {
  await getDb().liveStream.deleteMany({ where: { id } });
}
