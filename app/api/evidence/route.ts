import { revalidatePath } from "next/cache";

import { handle, parseWith } from "@/lib/api/http";
import { readMultipart } from "@/lib/api/multipart";
import { ZCreateRequest } from "@/lib/evidence/schema";
import { createEvidence } from "@/lib/evidence/service";
import { revalidatePublic } from "@/lib/publication/revalidate";

export const dynamic = "force-dynamic";

/** New evidence (multipart: `payload` JSON + up to five `files`), saved as a draft or submitted. */
export async function POST(request: Request) {
  return handle(request, async (user) => {
    const { payload, files } = await readMultipart(request);
    const { intent, ...input } = parseWith(ZCreateRequest, payload);
    const evidence = await createEvidence(user, input, files, intent);
    revalidatePath("/[locale]/projects/[id]", "page");
    // The score moved: the public portal shows it once the page regenerates.
    await revalidatePublic("projects", "soon");
    return { id: evidence.id, status: evidence.status, version: evidence.version };
  });
}
