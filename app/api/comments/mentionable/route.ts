import type { NextRequest } from "next/server";

import { handle, parseWith } from "@/lib/api/http";
import { listMentionable } from "@/lib/comments/queries";
import { ZTargetParam } from "@/lib/comments/schema";
import { localized } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

/** People who can see `target`, matching `q`, for the composer's @mention list. */
export async function GET(request: NextRequest) {
  return handle(request, async (user) => {
    const params = request.nextUrl.searchParams;
    const target = parseWith(ZTargetParam, params.get("target"));
    const locale = params.get("locale");
    const users = await listMentionable(user, target, params.get("q") ?? "");
    return users.map((u) => ({
      id: u.id,
      name: u.name,
      organization: u.organization ? localized(u.organization, "name", isLocale(locale) ? locale : user.locale) : null,
    }));
  });
}
