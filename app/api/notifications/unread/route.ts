import { NextResponse } from "next/server";

import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/inbox";

export const dynamic = "force-dynamic";

/** The header badge polls this: one indexed count, nothing else. */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!can(user, "notification.read", { userId: user.id })) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  return NextResponse.json({ count: await unreadCount(user) }, { headers: { "cache-control": "no-store" } });
}
