import { handle } from "@/lib/api/http";
import { attachmentResponse } from "@/lib/attachments/download";
import { getAttachmentForDownload } from "@/lib/evidence/queries";

export const dynamic = "force-dynamic";

/** Downloads for signed-in users only, sent as a download (see attachmentResponse). */
export async function GET(request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const { attachmentId } = await params;
  return handle(request, async (user) => attachmentResponse(await getAttachmentForDownload(user, attachmentId)));
}
