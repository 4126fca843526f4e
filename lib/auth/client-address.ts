import { getEnv } from "@/lib/env";

/**
 * The client address used for login throttling. X-Forwarded-For is client-controlled, so its
 * left-most entry is trusted only behind a proxy we run (TRUST_PROXY); otherwise we take the
 * right-most entry, which Next.js's own server appends from the socket.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const entries =
    forwarded
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  if (entries.length === 0) return headers.get("x-real-ip") ?? "unknown";
  return getEnv().TRUST_PROXY ? entries[0] : entries[entries.length - 1];
}
