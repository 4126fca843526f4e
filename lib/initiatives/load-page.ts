import "server-only";

import { cache } from "react";

import { orNotFound } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

import { getInitiativeOrThrow } from "./service";

/** An initiative, or the 404 page; once per request, shared by its layout and pages. */
export const loadInitiative = cache((actor: Actor, id: string) => orNotFound(getInitiativeOrThrow(actor, id)));
