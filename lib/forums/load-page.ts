import "server-only";

import { cache } from "react";

import { orNotFound } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

import { forumReport } from "./report";

/** A forum edition's report, or the 404 page; once per request, shared by its layout and page. */
export const loadForumReport = cache((actor: Actor, id: string) => orNotFound(forumReport(actor, id)));
