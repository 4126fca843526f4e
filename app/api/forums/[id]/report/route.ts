import { NextResponse } from "next/server";

import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { forumReport, reportCsv } from "@/lib/forums/report";

export const dynamic = "force-dynamic";

/** The "since the last forum" report as CSV. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!can(user, "recommendation.read")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  try {
    const report = await forumReport(user, (await params).id);
    return new NextResponse(reportCsv(report), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="forum-report-${report.forum.heldOn.toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: "notFound" }, { status: 404 });
    throw error;
  }
}
