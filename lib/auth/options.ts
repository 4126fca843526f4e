import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { getEnv } from "@/lib/env";
import { isDatabaseUnavailable, RateLimitError } from "@/lib/errors";
import { requestClient } from "@/lib/http/request-client";

import { authenticate, recordSignOut } from "./sign-in";

/** Sessions are JWTs (no server state); every request re-checks the user's status and session version. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

let options: NextAuthOptions | undefined;

export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: getEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/en/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const headers = new Headers(req?.headers as Record<string, string> | undefined);
          // The front resolved the socket address; these headers are only its fallback (next dev).
          try {
            const user = await authenticate({
              email: credentials?.email ?? "",
              password: credentials?.password ?? "",
              ip: requestClient(headers).address,
            });
            return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
          } catch (error) {
            // next-auth passes the message to the client as `error`; only codes leave the server.
            if (error instanceof RateLimitError) throw new Error("rateLimited");
            // An outage is not a wrong password: the form says to try again in a moment.
            throw new Error(isDatabaseUnavailable(error) ? "serviceUnavailable" : "invalidCredentials");
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        session.uid = typeof token.uid === "string" ? token.uid : undefined;
        session.sv = typeof token.sv === "number" ? token.sv : undefined;
        return session;
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
