import type { NextRequest } from "next/server";

import { handle, parseWith } from "@/lib/api/http";
import { sessionToRecheck } from "@/lib/auth/session";
import { assertCanReadThread } from "@/lib/comments/queries";
import { ZTargetParam } from "@/lib/comments/schema";
import { UnauthorizedError } from "@/lib/errors";
import { closeLiveStream, openLiveStream, STREAM_HEARTBEAT_MS, touchLiveStream } from "@/lib/limits/streams";
import { log } from "@/lib/log";
import { listening, subscribe } from "@/lib/realtime/listener";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Server-sent events for one thread, fed by the process-wide LISTEN connection. Events carry
 * ids only: the client re-reads changes through GET /api/comments, which applies the reader's
 * permissions, so nothing leaks if the reader's rights change while the stream is open. Each user
 * may hold MAX_LIVE_STREAMS open at a time (429 beyond); the heartbeat keeps the slot alive. The
 * heartbeat also checks the session again and closes the stream once it has ended (signed out
 * elsewhere, a new password, deactivation), so a stream outlives its session by one beat at most.
 */
export async function GET(request: NextRequest) {
  return handle(request, async (user) => {
    const target = parseWith(ZTargetParam, request.nextUrl.searchParams.get("target"));
    await assertCanReadThread(user, target);
    const session = await sessionToRecheck(user);
    if (!session) throw new UnauthorizedError();
    await listening();
    const streamId = await openLiveStream(user);
    const release = () => closeLiveStream(streamId).catch((err: unknown) => log.warn({ err, streamId }, "live stream not released"));
    const encoder = new TextEncoder();
    let cleanup = () => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        let open = true;
        const send = (text: string) => {
          if (!open) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            cleanup();
          }
        };
        const unsubscribe = subscribe(target.type, target.id, (signal) =>
          send(`event: comment\ndata: ${JSON.stringify({ commentId: signal.commentId })}\n\n`),
        );
        // Comment lines keep proxies and the browser from timing the idle stream out. A failed
        // check (the database briefly away) is no ended session: the stream stays.
        const heartbeat = setInterval(() => {
          if (!open) return;
          void touchLiveStream(streamId, session).then(
            (valid) => (valid ? send(": ping\n\n") : cleanup()),
            () => send(": ping\n\n"),
          );
        }, STREAM_HEARTBEAT_MS);
        cleanup = () => {
          if (!open) return;
          open = false;
          clearInterval(heartbeat);
          unsubscribe();
          void release();
          try {
            controller.close();
          } catch {
            // already closed by the client going away
          }
        };
        request.signal.addEventListener("abort", () => cleanup(), { once: true });
        if (request.signal.aborted) cleanup();
        send("retry: 5000\n\n: connected\n\n");
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      },
    });
  });
}
