import type { NextRequest } from "next/server";

import { handle, parseWith } from "@/lib/api/http";
import { listThread } from "@/lib/comments/queries";
import { ZSinceParam, ZTargetParam } from "@/lib/comments/schema";

export const dynamic = "force-dynamic";

/** The thread of `target` (TYPE:id); with `since` (ISO time) only what changed since then. */
export async function GET(request: NextRequest) {
  return handle(request, async (user) => {
    const params = request.nextUrl.searchParams;
    const target = parseWith(ZTargetParam, params.get("target"));
    return listThread(user, target, parseWith(ZSinceParam, params.get("since") ?? undefined));
  });
}
