import "server-only";

import { headers } from "next/headers";

import { getEnv } from "@/lib/env";

import { requestOrigin } from "./request-client";

/** The public URL of a path, for links an admin hands to someone (invitations, resets). */
export async function absoluteUrl(path: string): Promise<string> {
  const configured = getEnv().NEXTAUTH_URL;
  // Without a configured address, the host the request was sent to (forwarded headers only from trusted proxies).
  return new URL(path, configured ?? requestOrigin(await headers())).toString();
}
