import "server-only";

import { cache } from "react";

import { orNotFound } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

import { getModelVersionOrThrow } from "./versions";

/** A scoring-model version, or the 404 page; once per request, for its pages' layout. */
export const loadModelVersion = cache((actor: Actor, id: string) => orNotFound(getModelVersionOrThrow(actor, id)));
