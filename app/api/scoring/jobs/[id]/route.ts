import { handle } from "@/lib/api/http";
import { getRescoreJob } from "@/lib/scores/rescore";

export const dynamic = "force-dynamic";

/** Progress of a re-score job, polled by the scoring admin page (React Query); administrators only. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, (user) => getRescoreJob(user, id));
}
