import { pingDatabase } from "@/lib/health/service";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/** Public liveness and database check for load balancers; reveals nothing else. */
export async function GET() {
  try {
    return Response.json({ ok: true, database: "up", ms: await pingDatabase() });
  } catch (error) {
    log.error({ err: error }, "health check: database unreachable");
    return Response.json({ ok: false, database: "down" }, { status: 503 });
  }
}
