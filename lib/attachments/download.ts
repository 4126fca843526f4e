import "server-only";

import { NextResponse } from "next/server";

import { attachmentFileName } from "./sniff";

/** RFC 6266: an ASCII fallback plus the UTF-8 name (Chinese and Russian file names survive). */
function disposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Always `attachment` with the type sniffed at upload and `nosniff`, so a file is never rendered
 * inline in the app's origin.
 */
export function attachmentResponse(file: { fileName: string; mimeType: string; bytes: Uint8Array }): NextResponse {
  return new NextResponse(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": disposition(attachmentFileName(file.fileName, file.mimeType)),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
