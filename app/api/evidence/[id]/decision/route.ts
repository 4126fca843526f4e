import { revalidatePath } from "next/cache";

import { handleWrite, parseWith, readJson } from "@/lib/api/http";
import { ZDecision } from "@/lib/evidence/schema";
import { decideEvidence } from "@/lib/evidence/service";

export const dynamic = "force-dynamic";

/** A counterpart's CONFIRM, DISPUTE (with a reason) or RETURN (with fixes) of the shown version. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleWrite(request, async (user) => {
    const input = parseWith(ZDecision, { ...((await readJson(request)) as object), id });
    const evidence = await decideEvidence(user, input);
    revalidatePath("/[locale]/evidence/[id]", "page");
    revalidatePath("/[locale]", "page");
    return { id: evidence.id, status: evidence.status, version: evidence.version };
  });
}
