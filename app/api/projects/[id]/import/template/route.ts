import { handle, parseWith, queryOf } from "@/lib/api/http";
import { ZTemplateQuery } from "@/lib/imports/schema";
import { importTemplate } from "@/lib/imports/service";

export const dynamic = "force-dynamic";

/** The XLSX template of a project for an open period, in the requested language. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, async (user) => {
    const query = parseWith(ZTemplateQuery, queryOf(request));
    const { bytes, fileName } = await importTemplate(user, id, query.period, query.locale);
    return new Response(bytes as BlobPart, {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  });
}
