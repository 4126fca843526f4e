import "server-only";

import { unstable_cache } from "next/cache";

import { publicForumReport, type ForumReport } from "@/lib/forums/report";

import {
  getPublishedProject,
  listPublicRecommendations,
  listPublishedForums,
  listPublishedProjects,
  publishedProjectCodes,
  publishedProjectIds,
} from "./public";
import { PUBLIC_TAGS } from "./tags";

/**
 * The public reads behind Next's data cache, tagged so that a consent, score or forum change
 * refreshes exactly the pages that show it (lib/publication/revalidate.ts). The pages themselves
 * are static and regenerated on demand, so an anonymous visit costs about what a static file does.
 */

/** Out-of-band changes (a re-score run by the worker, a seed) reach the portal within this time. */
const BACKSTOP_SECONDS = 300;

export const cachedPublishedProjects = unstable_cache(listPublishedProjects, ["public-projects"], {
  tags: [PUBLIC_TAGS.projects],
  revalidate: BACKSTOP_SECONDS,
});

const cachedProjectByCode = unstable_cache(getPublishedProject, ["public-project"], {
  tags: [PUBLIC_TAGS.projects],
  revalidate: BACKSTOP_SECONDS,
});

const cachedPublishedCodes = unstable_cache(publishedProjectCodes, ["public-project-codes"], {
  tags: [PUBLIC_TAGS.projects],
  revalidate: BACKSTOP_SECONDS,
});

/**
 * A published project by code. Unknown codes are answered from the one cached list of published
 * codes, so that made-up codes cannot each add an entry to the cache.
 */
export async function cachedPublishedProject(code: string, locale: string) {
  if (!(await cachedPublishedCodes()).includes(code)) return null;
  return cachedProjectByCode(code, locale);
}

export const cachedPublicRecommendations = unstable_cache(listPublicRecommendations, ["public-recommendations"], {
  tags: [PUBLIC_TAGS.recommendations, PUBLIC_TAGS.projects],
  revalidate: BACKSTOP_SECONDS,
});

export const cachedPublishedForums = unstable_cache(listPublishedForums, ["public-forums"], {
  tags: [PUBLIC_TAGS.forums],
  revalidate: BACKSTOP_SECONDS,
});

const cachedReport = unstable_cache(async (forumId: string) => publicForumReport(forumId, publishedProjectIds), ["public-forum-report"], {
  tags: [PUBLIC_TAGS.forums, PUBLIC_TAGS.projects, PUBLIC_TAGS.recommendations],
  revalidate: BACKSTOP_SECONDS,
});

type Stored<T> = T extends Date ? string : T extends object ? { [K in keyof T]: Stored<T[K]> } : T;

/** The cache hands back JSON: dates come back as strings and are revived here. */
export async function cachedPublicForumReport(forumId: string): Promise<ForumReport | null> {
  const stored = (await cachedReport(forumId)) as Stored<ForumReport> | ForumReport | null;
  if (!stored) return null;
  const date = (d: string | Date) => new Date(d);
  return {
    ...stored,
    forum: {
      ...stored.forum,
      heldOn: date(stored.forum.heldOn),
      createdAt: date(stored.forum.createdAt),
      publishedAt: stored.forum.publishedAt ? date(stored.forum.publishedAt) : null,
    },
    previous: null,
    from: stored.from ? date(stored.from) : null,
    to: date(stored.to),
    rows: stored.rows.map((r) => ({ ...r, statusChanges: r.statusChanges.map((c) => ({ ...c, at: date(c.at) })) })),
  } as ForumReport;
}
