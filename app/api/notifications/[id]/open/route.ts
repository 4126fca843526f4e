import { handle } from "@/lib/api/http";
import { isLocale } from "@/lib/i18n/routing";
import { openNotification } from "@/lib/notifications/inbox";

export const dynamic = "force-dynamic";

/**
 * Following a notification: marks it read (the service refuses another user's), then redirects
 * to the item. A plain GET link (not a prefetched one) so that only a real click marks it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, async (user) => {
    const requested = new URL(request.url).searchParams.get("locale");
    const locale = isLocale(requested) ? requested : user.locale;
    const href = await openNotification(user, id);
    // A relative Location keeps the redirect on whatever address the user came through.
    return new Response(null, { status: 303, headers: { location: `/${locale}${href}`, "cache-control": "no-store" } });
  });
}
