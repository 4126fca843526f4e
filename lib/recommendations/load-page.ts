import "server-only";

import { cache } from "react";

import { orNotFound } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

import { getRecommendationOrThrow } from "./service";

/** A recommendation, or the 404 page; once per request, shared by its layout and pages. */
export const loadRecommendation = cache((actor: Actor, id: string) => orNotFound(getRecommendationOrThrow(actor, id)));
