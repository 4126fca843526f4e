import { NextResponse } from "next/server";

import { attachmentResponse } from "@/lib/attachments/download";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getAttachmentForDownload } from "@/lib/evidence/queries";

export const dynamic = "force-dynamic";

/** Downloads for signed-in users only, sent as a download (see attachmentResponse). */
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: { code: "unauthorized" } }, { status: 401 });
  if (!can(user, "evidence.downloadAttachment")) return NextResponse.json({ error: { code: "forbidden" } }, { status: 403 });
  const { attachmentId } = await params;
  try {
    return attachmentResponse(await getAttachmentForDownload(user, attachmentId));
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: { code: "notFound" } }, { status: 404 });
    throw error;
  }
}
