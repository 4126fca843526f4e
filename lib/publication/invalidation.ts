// Not `server-only`: started by the web server (scripts/serve.ts) next to Next's handler.
import postgres from "postgres";
import { z } from "zod";

import type { Prisma } from "@/lib/db/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";

import { PUBLIC_TAGS } from "./tags";

export const PUBLIC_CACHE_CHANNEL = "public_cache";

export type PublicCacheSignal = { tag: string; mode: "now" | "soon" };

/**
 * Tells every web server instance (their listenForPublicChanges) that the portal's data changed;
 * inside a transaction PostgreSQL delivers it when the transaction commits. For writers outside
 * Next (the worker's re-scores), which have no cache of their own to expire.
 */
export async function announcePublicChange(db: Pick<Prisma.TransactionClient, "$executeRaw">, signal: PublicCacheSignal): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${PUBLIC_CACHE_CHANNEL}, ${JSON.stringify(signal)})`;
}

const ZSignal = z.object({ tag: z.enum(Object.values(PUBLIC_TAGS) as [string, ...string[]]), mode: z.enum(["now", "soon"]) });

/** What Next's incremental cache offers for tags (the handler it set for this process). */
type TagCache = { revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> };

/** Next's own copy of which tags changed when, for a process that has served nothing yet. */
async function tagsManifest(): Promise<Map<string, { stale?: number; expired?: number }>> {
  const mod = (await import("next/dist/server/lib/incremental-cache/tags-manifest.external.js")) as {
    tagsManifest: Map<string, { stale?: number; expired?: number }>;
  };
  return mod.tagsManifest;
}

/**
 * Applies a change announced by any instance to this process's portal cache, as Next's own
 * revalidateTag would: "now" expires the tag (the next visit regenerates before answering),
 * "soon" marks it stale (served once more while it regenerates).
 */
export async function applyPublicCacheSignal(signal: PublicCacheSignal): Promise<void> {
  const cache = (globalThis as { __incrementalCache?: TagCache }).__incrementalCache;
  const durations = signal.mode === "now" ? { expire: 0 } : {};
  if (cache) return cache.revalidateTag([signal.tag], durations);
  const manifest = await tagsManifest();
  const now = Date.now();
  manifest.set(signal.tag, { ...manifest.get(signal.tag), stale: now, ...(signal.mode === "now" ? { expired: now } : {}) });
}

/**
 * One LISTEN connection per web server process. If it is lost, postgres.js listens again; what
 * was announced meanwhile is unknown, so every portal tag is expired then.
 */
export async function listenForPublicChanges(): Promise<() => Promise<void>> {
  const sql = postgres(getEnv().DATABASE_URL, { max: 1, onnotice: () => {} });
  let listens = 0;
  const apply = (signal: PublicCacheSignal) =>
    applyPublicCacheSignal(signal).catch((err: unknown) => log.error({ err, signal }, "public cache not invalidated"));
  await sql.listen(
    PUBLIC_CACHE_CHANNEL,
    (payload) => {
      const parsed = ZSignal.safeParse(
        (() => {
          try {
            return JSON.parse(payload);
          } catch {
            return null;
          }
        })(),
      );
      if (parsed.success) void apply(parsed.data as PublicCacheSignal);
      else log.warn({ payload }, "ignored a malformed public cache notification");
    },
    () => {
      if (listens++ > 0) for (const tag of Object.values(PUBLIC_TAGS)) void apply({ tag, mode: "now" });
    },
  );
  return () => sql.end({ timeout: 1 });
}
