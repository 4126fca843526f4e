"use server";

import { revalidatePath } from "next/cache";

import { authActionClient } from "@/lib/actions/safe-action";
import { getCurrentSessionId } from "@/lib/auth/session";
import { UnauthorizedError } from "@/lib/errors";

import { ZEndSession, ZEndSessionsOf } from "./schema";
import * as sessions from "./service";

/** The signed-in user's actions that need to know which session is this one (`ctx.sessionId`). */
const sessionActionClient = authActionClient.use(async ({ next }) => {
  const sessionId = await getCurrentSessionId();
  if (!sessionId) throw new UnauthorizedError();
  return next({ ctx: { sessionId } });
});

export const endSessionAction = sessionActionClient.inputSchema(ZEndSession).action(async ({ parsedInput, ctx }) => {
  await sessions.endOwnSession(ctx.user, ctx.sessionId, parsedInput.id);
  revalidatePath("/[locale]/account", "page");
  return { id: parsedInput.id };
});

export const endOtherSessionsAction = sessionActionClient.action(async ({ ctx }) => {
  const count = await sessions.endOtherOwnSessions(ctx.user, ctx.sessionId);
  revalidatePath("/[locale]/account", "page");
  return { count };
});

/** An administrator signs someone out everywhere (the service checks the permission). */
export const endSessionsOfAction = authActionClient.inputSchema(ZEndSessionsOf).action(async ({ parsedInput, ctx }) => {
  const count = await sessions.endSessionsOf(ctx.user, parsedInput.userId);
  revalidatePath("/[locale]/admin/users", "layout");
  return { count };
});
