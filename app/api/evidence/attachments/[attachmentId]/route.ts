import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { getAttachmentForDownload } from "@/lib/evidence/queries";

export const dynamic = "force-dynamic";

/** RFC 6266: an ASCII fallback plus the UTF-8 name (Chinese and Russian file names survive). */
function disposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Downloads for signed-in users only. Always `attachment` with the type sniffed at upload and
 * `nosniff`, so a file is never rendered inline in the app's origin.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: { code: "unauthorized" } }, { status: 401 });
  if (!can(user, "evidence.downloadAttachment")) return NextResponse.json({ error: { code: "forbidden" } }, { status: 403 });
  const { attachmentId } = await params;
  try {
    const file = await getAttachmentForDownload(user, attachmentId);
    return new NextResponse(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": disposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: { code: "notFound" } }, { status: 404 });
    throw error;
  }
}
