import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { listenForPublicChanges } from "@/lib/publication/invalidation";
import { revalidatePublic } from "@/lib/publication/revalidate";

/**
 * The public portal is cached in each app instance's memory. A change made through one instance
 * (here: this process's revalidatePublic, whose own Next cache is stood in) must reach the cache
 * of every other instance through PostgreSQL. The other instance's Next incremental cache is
 * stood in by a recorder; the LISTEN/NOTIFY path between them is the real one.
 */
const local = vi.hoisted(() => ({ tags: [] as unknown[] }));
vi.mock("next/cache", () => ({ revalidateTag: (...args: unknown[]) => local.tags.push(args) }));

const other: { calls: [string[], { expire?: number } | undefined][] } = { calls: [] };
let stop: () => Promise<void>;

describe("public portal cache across instances", () => {
  beforeAll(async () => {
    (globalThis as { __incrementalCache?: unknown }).__incrementalCache = {
      revalidateTag: async (tags: string[], durations?: { expire?: number }) => void other.calls.push([tags, durations]),
    };
    stop = await listenForPublicChanges();
  });
  afterAll(async () => {
    await stop();
    delete (globalThis as { __incrementalCache?: unknown }).__incrementalCache;
  });

  it("expires a withdrawn consent at once on every instance, and marks score changes stale", async () => {
    await revalidatePublic("projects");
    expect(local.tags).toEqual([["public:projects", { expire: 0 }]]);
    await vi.waitFor(() => expect(other.calls).toEqual([[["public:projects"], { expire: 0 }]]), { timeout: 30_000 });
    await revalidatePublic("forums", "soon");
    await vi.waitFor(() => expect(other.calls.at(-1)).toEqual([["public:forums"], {}]), { timeout: 30_000 });
  });
});
