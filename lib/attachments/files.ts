import "server-only";

import { createHash, randomUUID } from "node:crypto";

import { ValidationError } from "@/lib/errors";

import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "./limits";
import { attachmentFileName, cleanFileName, sniffAttachment, type AttachmentMime } from "./sniff";
import { removeBytes, storeBytes, type StoredBytes } from "./storage";

/** A file as the route handler received it. */
export type UploadFile = { name: string; bytes: Uint8Array<ArrayBuffer> };
export type CheckedFile = UploadFile & { mimeType: AttachmentMime; sha256: string };
/** What an attachment row stores about a file, whatever table it lives in. */
export type StoredFile = StoredBytes & { id: string; fileName: string; mimeType: AttachmentMime; size: number; sha256: string };

/**
 * Refuses the whole upload before anything is written: too many files, an oversized one, or
 * one whose content is not an accepted format (whatever its name says). `tooManyCode` lets a
 * feature word the count limit for its own kind of record.
 */
export function checkFiles(files: UploadFile[], alreadyAttached = 0, tooManyCode = "tooManyAttachments"): CheckedFile[] {
  if (alreadyAttached + files.length > MAX_ATTACHMENTS) throw new ValidationError(tooManyCode, "attachments", { max: MAX_ATTACHMENTS });
  return files.map((file) => {
    const name = cleanFileName(file.name);
    if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES)
      throw new ValidationError("attachmentTooLarge", "attachments", { name, max: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
    if (file.bytes.byteLength === 0) throw new ValidationError("attachmentEmpty", "attachments", { name });
    const mimeType = sniffAttachment(file.bytes, name);
    if (!mimeType) throw new ValidationError("attachmentType", "attachments", { name });
    return {
      name: attachmentFileName(name, mimeType),
      bytes: file.bytes,
      mimeType,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
    };
  });
}

/**
 * Stores each file's bytes under `folder` and lets the caller write its row (inside the caller's
 * transaction). Files written under UPLOAD_DIR are collected in `written` so the caller can
 * remove them when the transaction rolls back.
 */
export async function saveFiles<T>(
  folder: string,
  files: CheckedFile[],
  written: (string | null)[],
  createRow: (file: StoredFile) => Promise<T>,
): Promise<T[]> {
  const saved: T[] = [];
  for (const file of files) {
    const id = randomUUID();
    const stored = await storeBytes(folder, id, file.bytes);
    written.push(stored.storagePath);
    saved.push(
      await createRow({ id, fileName: file.name, mimeType: file.mimeType, size: file.bytes.byteLength, sha256: file.sha256, ...stored }),
    );
  }
  return saved;
}

/**
 * Runs a write that stores files and removes the files written under UPLOAD_DIR when it fails
 * (its transaction has rolled back, so no row points at them).
 */
export async function withWrittenFiles<T>(work: (written: (string | null)[]) => Promise<T>): Promise<T> {
  const written: (string | null)[] = [];
  try {
    return await work(written);
  } catch (error) {
    await removeBytes(written);
    throw error;
  }
}
