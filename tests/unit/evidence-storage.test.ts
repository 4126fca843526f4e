import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { readBytes, removeBytes, storeBytes } from "@/lib/attachments/storage";

describe("attachment storage", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "synergia-uploads-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const bytes = () => new Uint8Array(Buffer.from("%PDF-1.4 test"));

  it("keeps bytes in the row when no UPLOAD_DIR is configured", async () => {
    const stored = await storeBytes("e1", "a1", bytes(), "");
    expect(stored.storagePath).toBeNull();
    expect(Buffer.from(await readBytes(stored, "")).toString()).toBe("%PDF-1.4 test");
  });

  it("writes under UPLOAD_DIR, reads back and removes, never outside the directory", async () => {
    const stored = await storeBytes("e1", "a1", bytes(), dir);
    expect(stored).toEqual({ data: null, storagePath: path.join("e1", "a1") });
    expect(Buffer.from(await readBytes(stored, dir)).toString()).toBe("%PDF-1.4 test");
    await expect(storeBytes("e1", "a1", bytes(), dir)).rejects.toThrow(); // never overwrites
    await expect(readBytes({ data: null, storagePath: "../../etc/passwd" }, dir)).rejects.toThrow(/outside/);
    await removeBytes([stored.storagePath, null], dir);
    expect(await readdir(path.join(dir, "e1"))).toEqual([]);
  });
});
