import { handle } from "@/lib/api/http";
import { unreadCount } from "@/lib/notifications/inbox";

export const dynamic = "force-dynamic";

/** The header badge polls this: one indexed count, nothing else. */
export async function GET(request: Request) {
  return handle(request, (user) => unreadCount(user));
}
