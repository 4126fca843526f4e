import "server-only";

import { actionClient } from "@/lib/actions/safe-action";
import { getEnrollingUser } from "@/lib/auth/session";
import { UnauthorizedError } from "@/lib/errors";

/**
 * For enrolment only: also accepts an administrator or organizer who signed in with a password
 * and must set up a second factor before anything else (every other action refuses them).
 */
export const enrollingActionClient = actionClient.use(async ({ next }) => {
  const session = await getEnrollingUser();
  if (!session) throw new UnauthorizedError();
  return next({ ctx: { user: session.user } });
});
