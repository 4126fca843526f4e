import "server-only";

import { cache } from "react";

import { orNotFound } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

import { getIndicatorOrThrow } from "./service";

/** An indicator, or the 404 page; once per request, shared by its layout and page. */
export const loadIndicator = cache((actor: Actor, id: string) => orNotFound(getIndicatorOrThrow(actor, id)));
