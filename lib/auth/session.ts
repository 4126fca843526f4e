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

/** The claims lib/auth/options.ts's jwt callback put in at sign-in, if the cookie has all three. */
async function cookieSession(): Promise<{ uid: string; sv: number; sid: string } | null> {
  const claims = await sessionClaims();
  const uid = typeof claims?.uid === "string" ? claims.uid : undefined;
  const sv = typeof claims?.sv === "number" ? claims.sv : undefined;
  const sid = typeof claims?.sid === "string" ? claims.sid : undefined;
  return uid && sv !== undefined && sid && isUuid(sid) ? { uid, sv, sid } : null;
}

/**
 * The session of this request, checked against the database: the session row must be open and
 * unexpired (sign-out ends it), the user active, the session version current (deactivation, a
 * password or role change end every session). `mustEnrol`: an administrator or organizer without
 * a second factor, who may do nothing but enrol one. Cached per request. The live comment stream
 * checks the same conditions at each heartbeat (touchLiveStream in lib/limits/streams.ts).
 */
const readSession = cache(async (): Promise<{ user: SessionUser; mustEnrol: boolean; sessionId: string } | null> => {
  const session = await cookieSession();
  if (!session) return null;
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

/**
 * For a response that outlives its request (the live comment stream): the session it was opened
 * with, as the cookie names it, to be checked again while it runs (lib/limits/streams.ts). Only
 * for a request whose `user` getSessionUser has accepted, which is what vouches for the claims;
 * read from the cookie alone, so it costs no second query.
 */
export async function sessionToRecheck(user: { id: string }): Promise<{ id: string; version: number } | null> {
  const session = await cookieSession();
  return session && session.uid === user.id ? { id: session.sid, version: session.sv } : null;
}
