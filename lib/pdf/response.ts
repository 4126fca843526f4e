import "server-only";

import { NextResponse } from "next/server";

import type { ApiError } from "@/lib/api/http";
import { attachment } from "@/lib/exports/response";

import { PdfUnavailableError, renderPdf } from "./renderer";

/**
 * A print view as a PDF download. "No Chromium here" and "could not print" are the server's
 * state, not the reader's fault: 503 / 502 with their own translated codes; every other refusal
 * is left to the route's handle().
 */
export async function pdfDownload(
  path: string,
  request: Request,
  fileName: string,
  options: { landscape?: boolean } = {},
): Promise<Response> {
  try {
    const bytes = await renderPdf(path, request.headers.get("cookie"), options);
    return new Response(bytes as BodyInit, {
      headers: { "content-type": "application/pdf", "content-disposition": attachment(fileName), "cache-control": "private, no-store" },
    });
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    const status = error.code === "pdfUnavailable" ? 503 : 502;
    return NextResponse.json({ error: { code: error.code } } satisfies ApiError, { status });
  }
}
