import "server-only";

import { revalidateTag } from "next/cache";

import { getDb } from "@/lib/db/client";

import { announcePublicChange } from "./invalidation";
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
  await announcePublicChange(getDb(), { tag: PUBLIC_TAGS[what], mode });
}
