import { handle, parseWith, queryOf } from "@/lib/api/http";
import { NotFoundError } from "@/lib/errors";
import { buildExport } from "@/lib/exports/registry";
import { exportResponse } from "@/lib/exports/response";
import { EXPORT_TABLES, ZExportFilters, ZExportOptions, type ExportTableName } from "@/lib/exports/schema";

export const dynamic = "force-dynamic";

const isTable = (name: string): name is ExportTableName => (EXPORT_TABLES as readonly string[]).includes(name);

/** A table as CSV or XLSX: the page's filters in the query string, streamed as it is read. */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const { table: name } = await params;
  return handle(request, async (user) => {
    if (!isTable(name)) throw new NotFoundError();
    const query = queryOf(request);
    const options = parseWith(ZExportOptions, query);
    const filters = parseWith(ZExportFilters[name], query);
    const locale = options.locale ?? user.locale;
    const table = await buildExport(user, name, filters as never, locale);
    return exportResponse(table, options.format, locale);
  });
}
