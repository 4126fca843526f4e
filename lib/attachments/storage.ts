import "server-only";

import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { getEnv, type Env } from "@/lib/env";

import { s3Store } from "./s3";

/**
 * Where attachment bytes live: in PostgreSQL (`data` bytea, the default — one backup covers
 * everything), with UPLOAD_DIR set in files named by id under that directory, or with S3_BUCKET
 * set as objects in an S3-compatible store (AWS S3, MinIO…), which app instances on different
 * machines share. A row says where its bytes are: `data`, a relative path (directory) or
 * `s3:<key>`, so rows written before a change of store stay readable.
 */
export type StoredBytes = { data: Uint8Array<ArrayBuffer> | null; storagePath: string | null };

/** A place for bytes under keys such as `<folder>/<attachment id>`. */
export type BlobStore = {
  /** The prefix of the storage paths it writes ("" for a directory, "s3:" for S3). */
  prefix: string;
  put: (key: string, bytes: Uint8Array<ArrayBuffer>) => Promise<void>;
  get: (key: string) => Promise<Uint8Array>;
  remove: (keys: string[]) => Promise<void>;
};

const S3_PREFIX = "s3:";

/** The settings that choose and reach the store. */
export type StorageEnv = Pick<
  Env,
  "UPLOAD_DIR" | "S3_ENDPOINT" | "S3_BUCKET" | "S3_REGION" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE"
>;

export function directoryStore(dir: string): BlobStore {
  const resolveInside = (relative: string) => {
    const root = path.resolve(dir);
    const full = path.resolve(root, relative);
    // Paths come from our own rows, but a tampered row must not reach outside the directory.
    if (!full.startsWith(root + path.sep)) throw new Error("attachment path outside UPLOAD_DIR");
    return full;
  };
  return {
    prefix: "",
    put: async (key, bytes) => {
      const full = resolveInside(key);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, bytes, { flag: "wx" });
    },
    get: (key) => readFile(resolveInside(key)),
    remove: async (keys) => {
      await Promise.all(keys.map((key) => rm(resolveInside(key), { force: true })));
    },
  };
}

let cachedS3: { env: StorageEnv; store: BlobStore } | undefined;
function s3FromEnv(env: StorageEnv): BlobStore | null {
  if (!env.S3_BUCKET) return null;
  if (cachedS3?.env !== env) cachedS3 = { env, store: s3Store(env) };
  return cachedS3.store;
}

/** The store new attachments go to (S3 before a directory); null: PostgreSQL. */
export function configuredStore(env: StorageEnv = getEnv()): BlobStore | null {
  return s3FromEnv(env) ?? (env.UPLOAD_DIR ? directoryStore(env.UPLOAD_DIR) : null);
}

/** The store that holds a storage path written earlier. */
function storeOf(storagePath: string, env: StorageEnv): { store: BlobStore; key: string } {
  if (storagePath.startsWith(S3_PREFIX)) {
    const store = s3FromEnv(env);
    if (!store) throw new Error("attachment stored in S3, but S3_BUCKET is not set");
    return { store, key: storagePath.slice(S3_PREFIX.length) };
  }
  if (!env.UPLOAD_DIR) throw new Error("attachment stored under UPLOAD_DIR, but UPLOAD_DIR is not set");
  return { store: directoryStore(env.UPLOAD_DIR), key: storagePath };
}

/** Stores the bytes; the caller removes written ones again when its transaction fails. */
export async function storeBytes(
  folder: string,
  attachmentId: string,
  bytes: Uint8Array<ArrayBuffer>,
  store = configuredStore(),
): Promise<StoredBytes> {
  if (!store) return { data: bytes, storagePath: null };
  // Posix separators: keys are the same on every machine that reads them.
  const key = path.posix.join(folder, attachmentId);
  await store.put(key, bytes);
  return { data: null, storagePath: `${store.prefix}${key}` };
}

export async function readBytes(
  row: { data: Uint8Array | null; storagePath: string | null },
  env: StorageEnv = getEnv(),
): Promise<Uint8Array> {
  if (row.data) return row.data;
  if (!row.storagePath) throw new Error("attachment bytes unavailable");
  const { store, key } = storeOf(row.storagePath, env);
  return store.get(key);
}

/** Best effort: a leftover file or object is harmless, a failed clean-up must not hide the real error. */
export async function removeBytes(storagePaths: (string | null)[], env: StorageEnv = getEnv()): Promise<void> {
  const byStore = new Map<BlobStore, string[]>();
  for (const storagePath of storagePaths) {
    if (!storagePath) continue;
    try {
      const { store, key } = storeOf(storagePath, env);
      byStore.set(store, [...(byStore.get(store) ?? []), key]);
    } catch {
      // A path of a store that is no longer configured: nothing we can remove.
    }
  }
  await Promise.all([...byStore].map(([store, keys]) => store.remove(keys).catch(() => undefined)));
}
