import { handle } from "@/lib/api/http";
import { attachmentResponse } from "@/lib/attachments/download";
import { getUpdateAttachmentForDownload } from "@/lib/initiatives/updates";

export const dynamic = "force-dynamic";

/** An update's attachment, for signed-in readers of initiatives only (the service checks), sent as a download. */
export async function GET(request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const { attachmentId } = await params;
  return handle(request, async (user) => attachmentResponse(await getUpdateAttachmentForDownload(user, attachmentId)));
}
