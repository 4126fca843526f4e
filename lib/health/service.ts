import "server-only";

import { getDb } from "@/lib/db/client";

/** One round trip to PostgreSQL in milliseconds; throws when the database does not answer. */
export async function pingDatabase(): Promise<number> {
  const started = performance.now();
  await getDb().$queryRaw`SELECT 1`;
  return Math.round(performance.now() - started);
}
