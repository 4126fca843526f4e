import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";

import { getEnv } from "@/lib/env";
import { isDatabaseUnavailable, RateLimitError, ValidationError } from "@/lib/errors";
import { requestClient } from "@/lib/http/request-client";

import { safeCallbackPath } from "./callback-url";
import { SESSION_MAX_AGE_SECONDS } from "./sessions";
import { authenticate, recordSignOut, SecondFactorRequiredError } from "./sign-in";

export { SESSION_MAX_AGE_SECONDS };

/**
 * What the sign-in form is told, as next-auth's `error` string: a code, and for a throttled
 * attempt the minutes to wait ("rateLimited:12"). Nothing else leaves the server.
 */
export function signInErrorCode(error: unknown): string {
  if (error instanceof RateLimitError) return `rateLimited:${error.values.minutes ?? 15}`;
  if (error instanceof SecondFactorRequiredError) return "secondFactorRequired";
  if (error instanceof ValidationError && (error.code === "codeInvalid" || error.code === "secondFactorUnreadable")) return error.code;
  // An outage is not a wrong password: the form says to try again in a moment.
  return isDatabaseUnavailable(error) ? "serviceUnavailable" : "invalidCredentials";
}

let options: NextAuthOptions | undefined;

/**
 * Sessions are JWTs naming a session row (sid); every request re-checks the row, the user's
 * status and session version (lib/auth/session.ts), so sign-out and deactivation end them at once.
 */
export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: getEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/en/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(credentials) {
          try {
            return await authenticate({
              email: credentials?.email ?? "",
              password: credentials?.password ?? "",
              code: credentials?.code,
              ip: requestClient(await headers()).address,
            });
          } catch (error) {
            // next-auth passes the message to the client as `error`; only codes leave the server.
            throw new Error(signInErrorCode(error));
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as { id: string; sessionVersion?: number; sessionId?: string };
          token.uid = signedIn.id;
          token.sv = signedIn.sessionVersion ?? 0;
          token.sid = signedIn.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        session.uid = typeof token.uid === "string" ? token.uid : undefined;
        session.sv = typeof token.sv === "number" ? token.sv : undefined;
        session.sid = typeof token.sid === "string" ? token.sid : undefined;
        return session;
      },
      // Only paths of this site: next-auth's default also follows absolute URLs of the same origin.
      redirect({ url, baseUrl }) {
        const path = safeCallbackPath(url, baseUrl);
        return path ? `${baseUrl}${path}` : baseUrl;
      },
    },
    events: {
      // next-auth logs and swallows errors thrown here, so a failed audit never blocks a sign-out.
      async signOut({ token }) {
        await recordSignOut(token);
      },
    },
  };
  return options;
}
