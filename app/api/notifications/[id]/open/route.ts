import { NextResponse } from "next/server";

import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/routing";
import { openNotification } from "@/lib/notifications/inbox";

export const dynamic = "force-dynamic";

/**
 * Following a notification: marks it read, then redirects to the item. A plain GET link (not a
 * prefetched one) so that only a real click marks it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!can(user, "notification.read", { userId: user.id })) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(requested) ? requested : user.locale;
  try {
    const href = await openNotification(user, (await params).id);
    // A relative Location keeps the redirect on whatever address the user came through.
    return new Response(null, { status: 303, headers: { location: `/${locale}${href}`, "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof ForbiddenError) return NextResponse.json({ error: "forbidden" }, { status: 403 });
    if (error instanceof NotFoundError) return NextResponse.json({ error: "notFound" }, { status: 404 });
    throw error;
  }
}
