import "server-only";

import { createSafeActionClient } from "next-safe-action";

import { getSessionUser } from "@/lib/auth/session";
import {
  dataErrorCode,
  isDatabaseUnavailable,
  RateLimitError,
  toPublicError,
  UnauthorizedError,
  ValidationError,
  type PublicError,
} from "@/lib/errors";
import { nulPath } from "@/lib/http/input";
import { answerWithStatus, markActionRan } from "@/lib/http/response-status";
import { log } from "@/lib/log";

/**
 * Every server action goes through here: typed errors become a message key the UI
 * translates; anything unexpected is logged and answered with the generic message.
 */
export const actionClient = createSafeActionClient<undefined, PublicError>({
  handleServerError(error): PublicError {
    if (isDatabaseUnavailable(error)) {
      // The result still travels in the body; the status tells monitors and clients it is temporary.
      answerWithStatus(503);
      log.warn({ err: error }, "server action failed: database unavailable");
      return { code: "serviceUnavailable" };
    }
    const refusedData = dataErrorCode(error);
    if (refusedData) {
      log.warn({ err: error }, "server action refused by the database as data");
      return { code: refusedData };
    }
    // A limit reached: the refusal still travels in the body, as every result; the status and
    // Retry-After tell proxies, monitors and scripts when to come back, as the API's 429 does.
    if (error instanceof RateLimitError) answerWithStatus(429, error.retryAfterSeconds);
    const known = toPublicError(error);
    if (known) return known;
    log.error({ err: error }, "server action failed");
    return { code: "generic" };
  },
}).use(async ({ clientInput, next }) => {
  markActionRan();
  // PostgreSQL cannot store a NUL byte: refused before any work, for every action.
  const nul = nulPath(clientInput);
  if (nul !== null) throw new ValidationError("invalidCharacters", nul || undefined);
  return next();
});

/** Actions that need a signed-in, active user; the user is `ctx.user`. */
export const authActionClient = actionClient.use(async ({ next }) => {
  const user = await getSessionUser();
  if (!user) throw new UnauthorizedError();
  return next({ ctx: { user } });
});
