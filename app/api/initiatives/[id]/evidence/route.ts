import { handle, parseWith, queryOf } from "@/lib/api/http";
import { isLocale } from "@/lib/i18n/routing";
import { ZEvidenceSearch } from "@/lib/initiatives/schema";
import { searchLinkableEvidence } from "@/lib/initiatives/updates";

export const dynamic = "force-dynamic";

/** The update form's evidence picker: `?q=&indicatorId=&projectId=&status=&locale=`. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, async (user) => {
    const { locale = "", ...query } = queryOf(request);
    return searchLinkableEvidence(user, id, parseWith(ZEvidenceSearch, query), isLocale(locale) ? locale : "en");
  });
}
