import createMiddleware from "next-intl/middleware";

import { routing } from "@/lib/i18n/routing";

// Locale negotiation only. Authentication and permissions are checked by every page,
// server action and route handler on the server, never here alone.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
