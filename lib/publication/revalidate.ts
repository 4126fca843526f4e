import "server-only";

import { revalidateTag } from "next/cache";

import { getDb } from "@/lib/db/client";

import { PUBLIC_CACHE_CHANNEL, type PublicCacheSignal } from "./invalidation";
import { PUBLIC_TAGS } from "./tags";

/**
 * After a change the public portal shows. Taking something off the portal (consent withdrawn, a
 * new partner that has not agreed, a suspended project, an unpublished forum) must not be served
 * stale even once: those expire at once. Score changes may be served stale while the page
 * regenerates in the background. Each app instance caches the portal in its own memory, so the
 * change is also announced through PostgreSQL to every instance (lib/publication/invalidation.ts);
 * this one applies it at once, as part of the action.
 */
export async function revalidatePublic(what: keyof typeof PUBLIC_TAGS, mode: "now" | "soon" = "now"): Promise<void> {
  revalidateTag(PUBLIC_TAGS[what], mode === "now" ? { expire: 0 } : "max");
  const signal: PublicCacheSignal = { tag: PUBLIC_TAGS[what], mode };
  await getDb().$executeRaw`SELECT pg_notify(${PUBLIC_CACHE_CHANNEL}, ${JSON.stringify(signal)})`;
}
