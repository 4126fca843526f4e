import { z } from "zod";

import { handle, parseWith, queryOf } from "@/lib/api/http";
import { forumReport } from "@/lib/forums/report";
import { pdfDownload } from "@/lib/pdf/response";
import { ZPdfLanguage } from "@/lib/pdf/schema";

export const dynamic = "force-dynamic";

/** The "since the last forum" report as PDF (?lang=en|zh|ru|zh-ru), landscape. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, async (user) => {
    const { lang = user.locale } = parseWith(z.object({ lang: ZPdfLanguage.optional() }), queryOf(request));
    const report = await forumReport(user, id);
    const pathLocale = lang === "zh-ru" ? "zh" : lang;
    const heldOn = report.forum.heldOn.toISOString().slice(0, 10);
    return pdfDownload(`/${pathLocale}/print/forums/${report.forum.id}?lang=${lang}`, request, `forum-report-${heldOn}-${lang}.pdf`, {
      landscape: true,
    });
  });
}
