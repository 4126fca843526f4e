import "server-only";

import { headers } from "next/headers";

import { getEnv } from "@/lib/env";

/** The public URL of a path, for links an admin hands to someone (invitations, resets). */
export async function absoluteUrl(path: string): Promise<string> {
  const configured = getEnv().NEXTAUTH_URL;
  if (configured) return new URL(path, configured).toString();
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return new URL(path, `${proto}://${host}`).toString();
}
