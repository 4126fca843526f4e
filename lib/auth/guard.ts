import "server-only";

import { notFound, redirect } from "next/navigation";

import { NotFoundError } from "@/lib/errors";

import { assertCan, can, type Action, type Resource } from "./permissions";
import { getEnrollingUser, type SessionUser } from "./session";

/**
 * For pages: the signed-in user, or a redirect to the sign-in page with a reason, or to
 * two-factor enrolment for an administrator or organizer who has no second factor yet.
 */
export async function requireUser(locale: string): Promise<SessionUser> {
  const session = await getEnrollingUser();
  if (!session) redirect(`/${locale}/login?reason=session`);
  if (session.mustEnrol) redirect(`/${locale}/two-factor`);
  return session.user;
}

/** For pages: the signed-in user allowed to do `action`, else the forbidden page. */
export async function requirePermission(locale: string, action: Action, resource?: Resource): Promise<SessionUser> {
  const user = await requireUser(locale);
  if (!can(user, action, resource)) redirect(`/${locale}/forbidden`);
  return user;
}

export { assertCan };

/** For pages: what `load` resolves to, or the 404 page when the service answers "not found". */
export function orNotFound<T>(load: Promise<T>): Promise<T> {
  return load.catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}
