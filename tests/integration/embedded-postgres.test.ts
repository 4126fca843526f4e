import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { clusterServerPid, startEmbeddedPostgres } from "@/lib/db/embedded";

import { isRunning, startPostgresAgain, stopPostgres } from "../support/postgres-restart";

describe("the embedded PostgreSQL launcher", () => {
  it("stops the PostgreSQL running on its cluster even after somebody else restarted it", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "synergia-restart-pg-"));
    const db = await startEmbeddedPostgres({ dataDir, persistent: false });
    const first = clusterServerPid(dataDir);
    expect(first).toBeDefined();

    await stopPostgres(dataDir);
    const restarted = await startPostgresAgain(dataDir, db.url);
    expect(restarted).not.toBe(first);

    await db.stop();
    // Nothing of ours keeps running: not the restarted server, not its data.
    expect(isRunning(restarted)).toBe(false);
    expect(existsSync(dataDir)).toBe(false);
  });
});
