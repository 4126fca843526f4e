import NextAuth from "next-auth";

import { getAuthOptions } from "@/lib/auth/options";

// Options are built on first request so `next build` does not need runtime secrets.
function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(req as never, ctx as never, getAuthOptions());
}

export { handler as GET, handler as POST };
