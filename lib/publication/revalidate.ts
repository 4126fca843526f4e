import "server-only";

import { revalidateTag } from "next/cache";

import { PUBLIC_TAGS } from "./tags";

/**
 * After a change the public portal shows. Taking something off the portal (consent withdrawn, a
 * new partner that has not agreed, a suspended project, an unpublished forum) must not be served
 * stale even once: those expire at once. Score changes may be served stale while the page
 * regenerates in the background.
 */
export function revalidatePublic(what: keyof typeof PUBLIC_TAGS, mode: "now" | "soon" = "now"): void {
  revalidateTag(PUBLIC_TAGS[what], mode === "now" ? { expire: 0 } : "max");
}
