import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    nextAuthSecret: string;
  }
}

/**
 * One throwaway PostgreSQL for the integration run: a fresh cluster in a temp directory on a free
 * port, migrated once. Test files get its URL through inject() (see setup.ts).
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const dataDir = await mkdtemp(path.join(tmpdir(), "synergia-test-pg-"));
  const db = await startEmbeddedPostgres({ dataDir, persistent: false });
  try {
    await migrate(db.url);
  } catch (error) {
    await db.stop();
    throw error;
  }
  console.log(`Integration database ready in ${Date.now() - started} ms (127.0.0.1:${db.port})`);

  project.provide("databaseUrl", db.url);
  project.provide("nextAuthSecret", randomBytes(32).toString("base64url"));
  return async () => {
    await db.stop();
  };
}
