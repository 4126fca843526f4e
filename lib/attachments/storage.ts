import "server-only";

import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { getEnv } from "@/lib/env";

/**
 * Where attachment bytes live: in PostgreSQL (`data` bytea, the default — one backup covers
 * everything) or, with UPLOAD_DIR set, in files named by id under that directory.
 */
export type StoredBytes = { data: Uint8Array<ArrayBuffer> | null; storagePath: string | null };

export function uploadDir(): string | undefined {
  return getEnv().UPLOAD_DIR;
}

function resolveInside(dir: string, relative: string): string {
  const root = path.resolve(dir);
  const full = path.resolve(root, relative);
  // Paths come from our own rows, but a tampered row must not reach outside the directory.
  if (!full.startsWith(root + path.sep)) throw new Error("attachment path outside UPLOAD_DIR");
  return full;
}

/** Stores the bytes; the caller removes written files again when its transaction fails. */
export async function storeBytes(
  folder: string,
  attachmentId: string,
  bytes: Uint8Array<ArrayBuffer>,
  dir = uploadDir(),
): Promise<StoredBytes> {
  if (!dir) return { data: bytes, storagePath: null };
  const relative = path.join(folder, attachmentId);
  const full = resolveInside(dir, relative);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, bytes, { flag: "wx" });
  return { data: null, storagePath: relative };
}

export async function readBytes(row: { data: Uint8Array | null; storagePath: string | null }, dir = uploadDir()): Promise<Uint8Array> {
  if (row.data) return row.data;
  if (!row.storagePath || !dir) throw new Error("attachment bytes unavailable");
  return readFile(resolveInside(dir, row.storagePath));
}

/** Best effort: a leftover file is harmless, a failed clean-up must not hide the real error. */
export async function removeBytes(storagePaths: (string | null)[], dir = uploadDir()): Promise<void> {
  if (!dir) return;
  await Promise.all(
    storagePaths.filter((p): p is string => !!p).map((p) => rm(resolveInside(dir, p), { force: true }).catch(() => undefined)),
  );
}
