import { revalidatePath } from "next/cache";

import { handle, parseWith } from "@/lib/api/http";
import { readMultipart } from "@/lib/api/multipart";
import { ZUpdateRequest } from "@/lib/evidence/schema";
import { updateEvidence } from "@/lib/evidence/service";
import { revalidatePublic } from "@/lib/publication/revalidate";

export const dynamic = "force-dynamic";

/** An edit of the version the author loaded (multipart: `payload` JSON + new `files`). */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, async (user) => {
    const { payload, files } = await readMultipart(request);
    const { intent, ...input } = parseWith(ZUpdateRequest, payload);
    const evidence = await updateEvidence(user, { ...input, id }, files, intent);
    revalidatePath("/[locale]/evidence/[id]", "page");
    revalidatePath("/[locale]/projects/[id]", "page");
    // The score moved: the public portal shows it once the page regenerates.
    await revalidatePublic("projects", "soon");
    return { id: evidence.id, status: evidence.status, version: evidence.version };
  });
}
