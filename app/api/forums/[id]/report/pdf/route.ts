import { getSessionUser } from "@/lib/auth/session";
import { UnauthorizedError, ValidationError } from "@/lib/errors";
import { forumReport } from "@/lib/forums/report";
import { isUuid } from "@/lib/ids";
import { ZPdfLanguage } from "@/lib/pdf/languages";
import { renderPdf } from "@/lib/pdf/renderer";
import { pdfError, pdfResponse } from "@/lib/pdf/response";

export const dynamic = "force-dynamic";

/** The "since the last forum" report as PDF (?lang=en|zh|ru|zh-ru), landscape. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthorizedError();
    const { id } = await params;
    const lang = ZPdfLanguage.safeParse(new URL(request.url).searchParams.get("lang") ?? user.locale);
    if (!lang.success || !isUuid(id)) throw new ValidationError("invalidInput");
    const report = await forumReport(user, id);
    const pathLocale = lang.data === "zh-ru" ? "zh" : lang.data;
    const pdf = await renderPdf(`/${pathLocale}/print/forums/${id}?lang=${lang.data}`, request.headers.get("cookie"), { landscape: true });
    return pdfResponse(pdf, `forum-report-${report.forum.heldOn.toISOString().slice(0, 10)}-${lang.data}.pdf`);
  } catch (error) {
    return pdfError(error, new URL(request.url).pathname);
  }
}
