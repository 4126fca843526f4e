"use server";

import { z } from "zod";

import { authActionClient } from "@/lib/actions/safe-action";
import { locales } from "@/lib/i18n/routing";

import { ProjectRank } from "./project-rank";

const ZRankInput = z.object({ projectId: z.uuid("invalidId"), locale: z.enum(locales) });

/**
 * The project page's sector rank, loaded after the first frame (DeferredSection): ranking the
 * whole sector is the dearest part of the page and the line is secondary. getSectorRank checks
 * that the reader may read the project.
 */
export const loadProjectRankAction = authActionClient
  .inputSchema(ZRankInput)
  .action(async ({ parsedInput: { projectId, locale }, ctx }) => <ProjectRank user={ctx.user} projectId={projectId} locale={locale} />);
