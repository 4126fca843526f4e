import NextAuth from "next-auth";

import { refuseBadCallbackUrl, refuseCallbackGet } from "@/lib/auth/callback-url";
import { getAuthOptions } from "@/lib/auth/options";
import { getEnv } from "@/lib/env";
import { requestOrigin } from "@/lib/http/request-client";

// Options are built on first request so `next build` does not need runtime secrets.
function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  const refused = refuseCallbackGet(req) ?? refuseBadCallbackUrl(req, getEnv().NEXTAUTH_URL ?? requestOrigin(req.headers));
  if (refused) return refused;
  return NextAuth(req as never, ctx as never, getAuthOptions());
}

export { handler as GET, handler as POST };
