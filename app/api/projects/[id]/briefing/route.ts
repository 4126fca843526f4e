import { z } from "zod";

import { handle, parseWith, queryOf } from "@/lib/api/http";
import { pdfDownload } from "@/lib/pdf/response";
import { ZPdfLanguage } from "@/lib/pdf/schema";
import { getProjectOrThrow } from "@/lib/projects/service";

export const dynamic = "force-dynamic";

/** The one-page project briefing as PDF (?lang=en|zh|ru|zh-ru). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, async (user) => {
    const { lang = user.locale } = parseWith(z.object({ lang: ZPdfLanguage.optional() }), queryOf(request));
    // The permission and the project's existence (an id that is no UUID is "not found"), before
    // a browser is involved; the path is built from checked values only.
    const project = await getProjectOrThrow(user, id);
    const pathLocale = lang === "zh-ru" ? "zh" : lang;
    return pdfDownload(`/${pathLocale}/print/projects/${project.id}?lang=${lang}`, request, `briefing-${project.code}-${lang}.pdf`);
  });
}
