import "server-only";

import type { DbTx } from "@/lib/db/client";

export const COMMENTS_CHANNEL = "comments";

/** What a signal carries: ids only; listeners re-read through the permission-checked API. */
export type CommentSignal = { targetType: string; targetId: string; commentId: string };

/**
 * Queued inside the writing transaction: PostgreSQL delivers it at commit (and drops it on
 * rollback) to every session listening, so readers served by other app instances hear it too.
 */
export async function signalCommentChange(tx: Pick<DbTx, "$executeRaw">, signal: CommentSignal): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${COMMENTS_CHANNEL}, ${JSON.stringify(signal)})`;
}
