import { revalidatePath } from "next/cache";

import { handle, parseWith } from "@/lib/api/http";
import { readMultipart } from "@/lib/api/multipart";
import { ZPostUpdateRequest } from "@/lib/initiatives/schema";
import { postUpdate } from "@/lib/initiatives/service";

export const dynamic = "force-dynamic";

/** A progress update (multipart: `payload` JSON + up to five `files`); permission in the service. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, async (user) => {
    const { payload, files } = await readMultipart(request);
    const input = parseWith(ZPostUpdateRequest, payload);
    const update = await postUpdate(user, { ...input, initiativeId: id }, files);
    revalidatePath("/[locale]/initiatives", "layout");
    revalidatePath("/[locale]/recommendations", "layout");
    return { id: update.id };
  });
}
