import { NextResponse } from "next/server";

import { openApiDocument } from "@/lib/api/v1/openapi";

export const dynamic = "force-dynamic";

/** The API's description is public: it tells nothing a token does not (and no token is needed to read it). */
export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
