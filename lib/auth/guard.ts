import "server-only";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";

import { NotFoundError } from "@/lib/errors";

import { assertCan, can, type Action, type Resource } from "./permissions";
import { enrolmentHref, REQUESTED_PATH_HEADER, signInAgainHref, signInHref } from "./return-path";
import { getEnrollingUser, type SessionUser } from "./session";
import { carriesSessionCookie } from "./session-token";

/**
 * For pages: the signed-in user, or a redirect to the sign-in page, or to two-factor enrolment
 * for an administrator or organizer who has no second factor yet; either brings the browser back
 * to the page it asked for (as proxy.ts recorded it) when done.
 */
export async function requireUser(locale: string): Promise<SessionUser> {
  const session = await getEnrollingUser();
  if (!session) return redirectToSignIn(locale, await requestedPath());
  if (session.mustEnrol) redirect(enrolmentHref(locale, await requestedPath()));
  return session.user;
}

/**
 * For a request with no usable session: to the sign-in page, then back to `path`. It says the
 * session ended only to a browser that brought a session cookie (which no longer works), not to
 * a first visit. The cookie is the request's own, not anything proxy.ts passes on in a header.
 */
export async function redirectToSignIn(locale: string, path: string | null): Promise<never> {
  redirect((await carriesSessionCookie()) ? signInAgainHref(locale, path) : signInHref(locale, path));
}

async function requestedPath(): Promise<string | null> {
  return (await headers()).get(REQUESTED_PATH_HEADER);
}

/** For pages: the signed-in user allowed to do `action`, else the forbidden page. */
export async function requirePermission(locale: string, action: Action, resource?: Resource): Promise<SessionUser> {
  const user = await requireUser(locale);
  if (!can(user, action, resource)) redirect(`/${locale}/forbidden`);
  return user;
}

/**
 * A section's layout that lets through only users allowed to do `action`. Sections stream their
 * pages behind a loading.tsx, so a refusal decided in a page comes after the skeleton: HTTP 200
 * and a redirect in the browser. A layout renders outside its own folder's loading boundary (not
 * outside a parent folder's), so its refusal is a real 307. Pages keep their own check: a layout is
 * not rendered again when the browser moves between the pages under it.
 */
export function permissionLayout(action: Action) {
  return async function PermissionLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
    await requirePermission((await params).locale, action);
    return children;
  };
}

/**
 * Like permissionLayout, and the 404 page when `load` finds no record with the route's id. `load`
 * is the page's own cache()-wrapped loader, so the page reads the record without a second query.
 */
export function recordLayout(action: Action, load: (actor: SessionUser, id: string) => Promise<unknown>) {
  return async function RecordLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; id: string }> }) {
    const { locale, id } = await params;
    await load(await requirePermission(locale, action), id);
    return children;
  };
}

export { assertCan };

/** For pages: what `load` resolves to, or the 404 page when the service answers "not found". */
export function orNotFound<T>(load: Promise<T>): Promise<T> {
  return load.catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}
