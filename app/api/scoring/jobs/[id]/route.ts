import { NextResponse } from "next/server";

import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getRescoreJob } from "@/lib/scores/rescore";

export const dynamic = "force-dynamic";

/** Progress of a re-score job, polled by the scoring admin page (React Query). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!can(user, "scoringModel.manage")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  try {
    return NextResponse.json(await getRescoreJob(user, (await params).id));
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "notFound" }, { status: 404 });
    throw error;
  }
}
