import "server-only";

import { cache } from "react";

import { orNotFound } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";

import { getOutboxMailOrThrow } from "./outbox";

/** A stored mail, or the 404 page; once per request, shared by its layout and page. */
export const loadOutboxMail = cache((actor: Actor, id: string) => orNotFound(getOutboxMailOrThrow(actor, id)));
