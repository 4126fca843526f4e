import { getSessionUser } from "@/lib/auth/session";
import { UnauthorizedError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { ZPdfLanguage } from "@/lib/pdf/languages";
import { renderPdf } from "@/lib/pdf/renderer";
import { pdfError, pdfResponse } from "@/lib/pdf/response";
import { getProjectOrThrow } from "@/lib/projects/service";

export const dynamic = "force-dynamic";

/** The one-page project briefing as PDF (?lang=en|zh|ru|zh-ru). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthorizedError();
    const { id } = await params;
    const lang = ZPdfLanguage.safeParse(new URL(request.url).searchParams.get("lang") ?? user.locale);
    if (!lang.success || !isUuid(id)) throw new ValidationError("invalidInput");
    // The permission and the project's existence, before a browser is involved.
    const project = await getProjectOrThrow(user, id);
    const pathLocale = lang.data === "zh-ru" ? "zh" : lang.data;
    const pdf = await renderPdf(`/${pathLocale}/print/projects/${id}?lang=${lang.data}`, request.headers.get("cookie"));
    return pdfResponse(pdf, `briefing-${project.code}-${lang.data}.pdf`);
  } catch (error) {
    return pdfError(error, new URL(request.url).pathname);
  }
}
