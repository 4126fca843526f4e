import { revalidatePath } from "next/cache";

import { handleWrite, parseWith, readJson } from "@/lib/api/http";
import { ZEvidenceRef } from "@/lib/evidence/schema";
import { submitEvidence } from "@/lib/evidence/service";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleWrite(request, async (user) => {
    const ref = parseWith(ZEvidenceRef, { ...((await readJson(request)) as object), id });
    const evidence = await submitEvidence(user, ref);
    revalidatePath("/[locale]/evidence/[id]", "page");
    revalidatePath("/[locale]/projects/[id]", "page");
    return { id: evidence.id, status: evidence.status, version: evidence.version };
  });
}
