import "server-only";

import postgres from "postgres";
import { z } from "zod";

import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";

import { COMMENTS_CHANNEL, type CommentSignal } from "./notify";

type Listener = (signal: CommentSignal) => void;

type Hub = { sql: postgres.Sql; listeners: Map<string, Set<Listener>>; ready: Promise<void> };

const ZSignal = z.object({ targetType: z.string(), targetId: z.string(), commentId: z.string() });

// One LISTEN connection per process (postgres.js keeps it on a dedicated connection and
// re-listens after a reconnect), shared by every open stream; it survives dev hot reloads.
const holder = globalThis as unknown as { synergiaRealtime?: Hub };

export function targetKey(targetType: string, targetId: string): string {
  return `${targetType}:${targetId}`;
}

function dispatch(listeners: Map<string, Set<Listener>>, payload: string) {
  let parsed: CommentSignal;
  try {
    parsed = ZSignal.parse(JSON.parse(payload));
  } catch {
    log.warn({ payload }, "ignored a malformed comments notification");
    return;
  }
  for (const listener of listeners.get(targetKey(parsed.targetType, parsed.targetId)) ?? []) {
    try {
      listener(parsed);
    } catch (err) {
      log.error({ err }, "comments listener failed");
    }
  }
}

/** A signal without a comment id: "something may have changed", for every open thread. */
function resyncAll(listeners: Map<string, Set<Listener>>) {
  log.warn({ threads: listeners.size }, "LISTEN connection restored; asking open comment streams to re-read");
  for (const [key, set] of listeners) {
    const [targetType, targetId] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
    for (const listener of set) {
      try {
        listener({ targetType, targetId, commentId: "" });
      } catch (err) {
        log.error({ err }, "comments listener failed");
      }
    }
  }
}

function hub(): Hub {
  if (!holder.synergiaRealtime) {
    const sql = postgres(getEnv().DATABASE_URL, { max: 1, onnotice: () => {} });
    const listeners = new Map<string, Set<Listener>>();
    let listens = 0;
    const onListen = () => {
      // postgres.js listens again after a lost connection; whatever was signalled meanwhile is
      // gone, so every open stream is told to re-read its thread.
      if (listens++ > 0) resyncAll(listeners);
    };
    const ready = sql
      .listen(COMMENTS_CHANNEL, (payload) => dispatch(listeners, payload), onListen)
      .then(
        () => undefined,
        (err: unknown) => {
          // The stream route answers with an error, so clients poll; the next subscriber tries again.
          if (holder.synergiaRealtime?.sql === sql) holder.synergiaRealtime = undefined;
          void sql.end({ timeout: 1 });
          log.error({ err }, "could not LISTEN for comment changes");
          throw err;
        },
      );
    ready.catch(() => undefined); // awaited by the stream route; never an unhandled rejection
    holder.synergiaRealtime = { sql, listeners, ready };
  }
  return holder.synergiaRealtime;
}

/** Resolves once the LISTEN is in place, so a stream opened after it misses nothing. */
export function listening(): Promise<void> {
  return hub().ready;
}

/** Calls `listener` for every committed change to the target's comments until unsubscribed. */
export function subscribe(targetType: string, targetId: string, listener: Listener): () => void {
  const { listeners } = hub();
  const key = targetKey(targetType, targetId);
  const set = listeners.get(key) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(key, set);
  return () => {
    set.delete(listener);
    if (set.size === 0 && listeners.get(key) === set) listeners.delete(key);
  };
}

/** Closes the LISTEN connection (tests and orderly shutdown); the next subscriber reopens it. */
export async function stopListening(): Promise<void> {
  const current = holder.synergiaRealtime;
  holder.synergiaRealtime = undefined;
  await current?.sql.end({ timeout: 1 });
}
