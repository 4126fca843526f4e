import { NextResponse, type NextRequest } from "next/server";

import { handleRead } from "@/lib/comments/http";
import { listThread } from "@/lib/comments/queries";

export const dynamic = "force-dynamic";

/** The thread of `target` (TYPE:id); with `since` (ISO time) only what changed since then. */
export async function GET(request: NextRequest) {
  return handleRead(request, async (user, target) => {
    const sinceParam = request.nextUrl.searchParams.get("since");
    const since = sinceParam ? new Date(sinceParam) : undefined;
    if (since && Number.isNaN(since.getTime())) return NextResponse.json({ error: { code: "invalidInput" } }, { status: 400 });
    return listThread(user, target, since);
  });
}
