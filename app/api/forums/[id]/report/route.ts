import { handle, parseWith, queryOf } from "@/lib/api/http";
import { exportResponse } from "@/lib/exports/response";
import { ZExportOptions } from "@/lib/exports/schema";
import { forumReportTable } from "@/lib/exports/sources/forum-report";
import { forumReport } from "@/lib/forums/report";

export const dynamic = "force-dynamic";

/** The "since the last forum" report as CSV or XLSX (?format=, ?locale=). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, async (user) => {
    const options = parseWith(ZExportOptions, queryOf(request));
    const locale = options.locale ?? user.locale;
    const report = await forumReport(user, id);
    return exportResponse(forumReportTable(report, locale), options.format, locale);
  });
}
