import "server-only";

import { NextResponse } from "next/server";

import { AppError, toPublicError } from "@/lib/errors";
import { attachment } from "@/lib/exports/response";
import { log } from "@/lib/log";

import { PdfUnavailableError } from "./renderer";

const STATUS: Record<string, number> = { unauthorized: 401, forbidden: 403, notFound: 404, pdfBusy: 429, invalidInput: 400 };

export function pdfResponse(bytes: Uint8Array, fileName: string): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachment(fileName),
      "cache-control": "private, no-store",
    },
  });
}

/** A refused or failed PDF as the one error shape; "no Chromium" is 503 with its own translated code. */
export function pdfError(error: unknown, path: string): Response {
  const known = toPublicError(error);
  if (known && error instanceof AppError) {
    const status = error instanceof PdfUnavailableError ? (known.code === "pdfUnavailable" ? 503 : 502) : (STATUS[known.code] ?? 400);
    return NextResponse.json({ error: known }, { status });
  }
  log.error({ err: error, path }, "pdf download failed");
  return NextResponse.json({ error: { code: "generic" } }, { status: 500 });
}
