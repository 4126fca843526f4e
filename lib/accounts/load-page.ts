import "server-only";

import { cache } from "react";

import { orNotFound } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

import { getUserOrThrow } from "./service";

/** A user account, or the 404 page; once per request, shared by its layout and page. */
export const loadUser = cache((actor: Actor, id: string) => orNotFound(getUserOrThrow(actor, id)));
