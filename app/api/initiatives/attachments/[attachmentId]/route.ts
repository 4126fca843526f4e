import { NextResponse } from "next/server";

import { attachmentResponse } from "@/lib/attachments/download";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getUpdateAttachmentForDownload } from "@/lib/initiatives/updates";

export const dynamic = "force-dynamic";

/** An update's attachment, for signed-in readers of initiatives only, sent as a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ error: { code: "unauthorized" } }, { status: 401 });
  if (!can(user, "recommendation.read")) return NextResponse.json({ error: { code: "forbidden" } }, { status: 403 });
  const { attachmentId } = await params;
  try {
    return attachmentResponse(await getUpdateAttachmentForDownload(user, attachmentId));
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: { code: "notFound" } }, { status: 404 });
    throw error;
  }
}
