import "server-only";

import { cache } from "react";

import { orNotFound } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

import { getOrganizationOrThrow } from "./service";

/** An organization, or the 404 page; once per request, shared by its layout and page. */
export const loadOrganization = cache((actor: Actor, id: string) => orNotFound(getOrganizationOrThrow(actor, id)));
