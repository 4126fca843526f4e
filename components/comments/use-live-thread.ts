"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

import { isSignedOut, subscribeSignedOut } from "@/lib/api/signed-out";
import { targetParam, type TTarget } from "@/lib/comments/schema";

import { commentKeys, fetchThread, mergeComments, type ThreadComment, type ThreadData } from "./thread";

const POLL_MS = 10_000;
const RECONNECT_MS = 30_000;
/** Re-read a little before the newest change we hold: a transaction that started earlier may commit later. */
const SLACK_MS = 5_000;

function sinceOf(data: ThreadData | undefined): string | undefined {
  if (!data || data.comments.length === 0) return data?.serverTime;
  const newest = Math.max(
    ...data.comments.filter((c) => !c.pending).map((c) => Date.parse(c.updatedAt)),
    Date.parse(data.serverTime) - SLACK_MS,
  );
  return new Date(newest - SLACK_MS).toISOString();
}

/**
 * The thread in the React Query cache, kept current without reloads: server-sent events say
 * "something changed" and the hook fetches what changed since the newest comment it holds;
 * when the stream fails it polls the same cheap endpoint every 10 s and retries the stream.
 * Once the browser is signed out (a poll answered 401: the session was ended elsewhere) it stops
 * both; the shell tells the person to sign in again. `onArrived` hears about comments that
 * appeared for the first time.
 */
export function useLiveThread(target: TTarget, initial: ThreadData, onArrived: (comments: ThreadComment[]) => void) {
  const queryClient = useQueryClient();
  const key = commentKeys.thread(target);
  const query = useQuery({ queryKey: key, queryFn: () => fetchThread(target), initialData: initial, staleTime: 60_000 });
  const [mode, setMode] = useState<"connecting" | "live" | "polling">("connecting");
  const signedOut = useSyncExternalStore(subscribeSignedOut, isSignedOut, () => false);
  const arrived = useRef(onArrived);
  useEffect(() => {
    arrived.current = onArrived;
  });

  const param = targetParam(target);
  useEffect(() => {
    const queryKey = commentKeys.thread(target);
    let stopped = false;
    let source: EventSource | null = null;
    let poll: ReturnType<typeof setInterval> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const sync = async () => {
      const current = queryClient.getQueryData<ThreadData>(queryKey);
      let changes: ThreadData;
      try {
        changes = await fetchThread(target, sinceOf(current));
      } catch {
        return; // the next signal or poll tries again
      }
      if (stopped) return;
      const latest = queryClient.getQueryData<ThreadData>(queryKey);
      const known = new Set(latest?.comments.map((c) => c.id));
      const fresh = changes.comments.filter((c) => !known.has(c.id));
      queryClient.setQueryData<ThreadData>(queryKey, {
        comments: mergeComments(latest?.comments ?? [], changes.comments),
        serverTime: changes.serverTime,
      });
      if (fresh.length > 0) arrived.current(fresh);
    };
    const stopPolling = () => {
      if (poll) clearInterval(poll);
      poll = undefined;
    };
    const connect = () => {
      if (stopped || isSignedOut()) return;
      source = new EventSource(`/api/comments/stream?${new URLSearchParams({ target: param })}`);
      source.addEventListener("comment", () => void sync());
      source.onopen = () => {
        stopPolling();
        setMode("live");
        void sync(); // whatever happened while we were not listening
      };
      source.onerror = () => {
        source?.close();
        setMode("polling");
        poll ??= setInterval(() => void sync(), POLL_MS);
        retry = setTimeout(connect, RECONNECT_MS);
      };
    };
    const stop = () => {
      stopped = true;
      source?.close();
      stopPolling();
      if (retry) clearTimeout(retry);
    };
    const unsubscribe = subscribeSignedOut(stop);
    connect();
    return () => {
      unsubscribe();
      stop();
    };
    // The target is identified by its param; the object may be recreated on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [param, queryClient]);

  return { comments: query.data.comments, mode: signedOut ? ("signedOut" as const) : mode };
}
