import { getDb } from "@/lib/db/client";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/** Public liveness and database check for load balancers; reveals nothing else. */
export async function GET() {
  const started = performance.now();
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ ok: true, database: "up", ms: Math.round(performance.now() - started) });
  } catch (error) {
    log.error({ err: error }, "health check: database unreachable");
    return Response.json({ ok: false, database: "down" }, { status: 503 });
  }
}
