import "server-only";

import { cache } from "react";

import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";

import { twoFactorRequired, type Actor } from "./permissions";
import { sessionClaims } from "./session-token";

export type SessionUser = Actor & {
  email: string;
  name: string;
  locale: "en" | "zh" | "ru";
  organization: { id: string; nameEn: string; nameZh: string; nameRu: string; country: "CN" | "RU" } | null;
};

/**
 * The session of this request, checked against the database: the session row must be open and
 * unexpired (sign-out ends it), the user active, the session version current (deactivation, a
 * password or role change end every session). `mustEnrol`: an administrator or organizer without
 * a second factor, who may do nothing but enrol one. Cached per request.
 */
const readSession = cache(async (): Promise<{ user: SessionUser; mustEnrol: boolean; sessionId: string } | null> => {
  const claims = await sessionClaims();
  // The claims lib/auth/options.ts's jwt callback put in at sign-in.
  const session = claims && {
    uid: typeof claims.uid === "string" ? claims.uid : undefined,
    sv: typeof claims.sv === "number" ? claims.sv : undefined,
    sid: typeof claims.sid === "string" ? claims.sid : undefined,
  };
  if (!session?.uid || session.sv === undefined || !session.sid || !isUuid(session.sid)) return null;
  const row = await getDb().userSession.findUnique({
    where: { id: session.sid },
    select: {
      userId: true,
      endedAt: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          status: true,
          locale: true,
          sessionVersion: true,
          organizationId: true,
          totpEnabledAt: true,
          organization: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, country: true } },
        },
      },
    },
  });
  if (!row || row.userId !== session.uid || row.endedAt || row.expiresAt.getTime() <= Date.now()) return null;
  const { user } = row;
  if (user.status !== "ACTIVE" || user.sessionVersion !== session.sv) return null;
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      organizationId: user.organizationId,
      organization: user.organization,
    },
    mustEnrol: twoFactorRequired(user.role) && !user.totpEnabledAt,
    sessionId: session.sid,
  };
});

/** The signed-in user for this request, or null (also while a required second factor is missing). */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await readSession();
  return session && !session.mustEnrol ? session.user : null;
});

/**
 * The id of this request's session row, checked as getSessionUser checks it (null when that gives
 * no user): what /account marks as "This session" and never ends with the others. Kept out of
 * SessionUser, which is handed to many components, so that it travels no further than needed.
 */
export const getCurrentSessionId = cache(async (): Promise<string | null> => {
  const session = await readSession();
  return session && !session.mustEnrol ? session.sessionId : null;
});

/**
 * For the two-factor enrolment page and its actions only: the signed-in user, also one who must
 * still enrol a second factor, with whether they must.
 */
export async function getEnrollingUser(): Promise<{ user: SessionUser; mustEnrol: boolean } | null> {
  const session = await readSession();
  return session && { user: session.user, mustEnrol: session.mustEnrol };
}
