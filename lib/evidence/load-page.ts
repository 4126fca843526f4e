import "server-only";

import { cache } from "react";

import { orNotFound } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

import { getEvidenceOrThrow, getNewEvidenceContext } from "./queries";

// Once per request: the segment's layout reads these to answer 404 or redirect before the loading
// skeleton streams (see permissionLayout in lib/auth/guard.ts), and the page reads the same result.

/** The evidence page's record, or the 404 page. */
export const loadEvidencePage = cache((actor: Actor, id: string, locale: string) => orNotFound(getEvidenceOrThrow(actor, id, locale)));

/** The project heading and whether the reader may enter evidence, or the 404 page. */
export const loadNewEvidenceContext = cache((actor: Actor, projectId: string, locale: string) =>
  orNotFound(getNewEvidenceContext(actor, projectId, locale)),
);
