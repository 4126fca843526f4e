import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { configuredStore, directoryStore, readBytes, removeBytes, storeBytes, type StorageEnv } from "@/lib/attachments/storage";

const NONE: StorageEnv = { S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: true };

describe("attachment storage", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "synergia-uploads-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const bytes = () => new Uint8Array(Buffer.from("%PDF-1.4 test"));

  it("keeps bytes in the row when neither UPLOAD_DIR nor S3_BUCKET is configured", async () => {
    expect(configuredStore(NONE)).toBeNull();
    const stored = await storeBytes("e1", "a1", bytes(), null);
    expect(stored.storagePath).toBeNull();
    expect(Buffer.from(await readBytes(stored, NONE)).toString()).toBe("%PDF-1.4 test");
  });

  it("writes under UPLOAD_DIR, reads back and removes, never outside the directory", async () => {
    const env = { ...NONE, UPLOAD_DIR: dir };
    expect(configuredStore(env)?.prefix).toBe("");
    const stored = await storeBytes("e1", "a1", bytes(), directoryStore(dir));
    expect(stored).toEqual({ data: null, storagePath: "e1/a1" });
    expect(Buffer.from(await readBytes(stored, env)).toString()).toBe("%PDF-1.4 test");
    await expect(storeBytes("e1", "a1", bytes(), directoryStore(dir))).rejects.toThrow(); // never overwrites
    await expect(readBytes({ data: null, storagePath: "../../etc/passwd" }, env)).rejects.toThrow(/outside/);
    await removeBytes([stored.storagePath, null], env);
    expect(await readdir(path.join(dir, "e1"))).toEqual([]);
  });

  it("prefers S3 for new attachments and still reads files stored under UPLOAD_DIR before the move", async () => {
    const env = { ...NONE, UPLOAD_DIR: dir, S3_BUCKET: "synergia", S3_ENDPOINT: "http://127.0.0.1:9" };
    expect(configuredStore(env)?.prefix).toBe("s3:");
    const old = await storeBytes("e1", "a1", bytes(), directoryStore(dir));
    expect(Buffer.from(await readBytes(old, env)).toString()).toBe("%PDF-1.4 test");
    // An object path without S3 configured is an error, not a silent empty file.
    await expect(readBytes({ data: null, storagePath: "s3:e1/a2" }, NONE)).rejects.toThrow(/S3_BUCKET/);
  });
});
