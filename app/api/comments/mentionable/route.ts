import type { NextRequest } from "next/server";

import { handleRead } from "@/lib/comments/http";
import { listMentionable } from "@/lib/comments/queries";
import { localized } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

/** People who can see `target`, matching `q`, for the composer's @mention list. */
export async function GET(request: NextRequest) {
  return handleRead(request, async (user, target) => {
    const params = request.nextUrl.searchParams;
    const locale = params.get("locale");
    const users = await listMentionable(user, target, params.get("q") ?? "");
    return {
      users: users.map((u) => ({
        id: u.id,
        name: u.name,
        organization: u.organization ? localized(u.organization, "name", isLocale(locale) ? locale : user.locale) : null,
      })),
    };
  });
}
