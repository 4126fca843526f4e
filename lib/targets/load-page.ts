import "server-only";

import { cache } from "react";

import { orNotFound } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

import { getPlan } from "./service";

/** The plan page's data, or the 404 page; once per request, shared by its layout and page. */
export const loadPlan = cache((actor: Actor, projectId: string, locale: string) => orNotFound(getPlan(actor, projectId, locale)));
