import { handle } from "@/lib/api/http";
import { forumReport, reportCsv } from "@/lib/forums/report";

export const dynamic = "force-dynamic";

/** The "since the last forum" report as CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, async (user) => {
    const report = await forumReport(user, id);
    return new Response(reportCsv(report), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="forum-report-${report.forum.heldOn.toISOString().slice(0, 10)}.csv"`,
        "cache-control": "no-store",
      },
    });
  });
}
