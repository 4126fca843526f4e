import { z } from "zod";

import { handle, parseWith, queryOf } from "@/lib/api/http";
import { routing } from "@/lib/i18n/routing";
import { portfolioCsv } from "@/lib/portfolio/export";
import { TABLES, ZPortfolioFilter } from "@/lib/portfolio/schema";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ table: z.enum(TABLES), locale: z.enum(routing.locales).catch(routing.defaultLocale) });

/** One table of the portfolio dashboard as CSV, with the page's filters (the service scopes it). */
export async function GET(request: Request) {
  return handle(request, async (user) => {
    const query = queryOf(request);
    const { table, locale } = parseWith(ZQuery, query);
    const csv = await portfolioCsv(user, table, ZPortfolioFilter.parse(query), locale);
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="portfolio-${table}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  });
}
