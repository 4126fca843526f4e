import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { DbTx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "./schema";
import { cleanFileName, sniffAttachment, type AttachmentMime } from "./sniff";
import { storeBytes } from "./storage";

/** A file as the route handler received it. */
export type UploadFile = { name: string; bytes: Uint8Array<ArrayBuffer> };
export type CheckedFile = UploadFile & { mimeType: AttachmentMime; sha256: string };

/**
 * Refuses the whole upload before anything is written: too many files, an oversized one, or
 * one whose content is not an accepted format (whatever its name says).
 */
export function checkFiles(files: UploadFile[], alreadyAttached = 0): CheckedFile[] {
  if (alreadyAttached + files.length > MAX_ATTACHMENTS) throw new ValidationError("tooManyAttachments", "attachments", { max: MAX_ATTACHMENTS });
  return files.map((file) => {
    const name = cleanFileName(file.name);
    if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new ValidationError("attachmentTooLarge", "attachments", { name, max: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
    if (file.bytes.byteLength === 0) throw new ValidationError("attachmentEmpty", "attachments", { name });
    const mimeType = sniffAttachment(file.bytes, name);
    if (!mimeType) throw new ValidationError("attachmentType", "attachments", { name });
    return { name, bytes: file.bytes, mimeType, sha256: createHash("sha256").update(file.bytes).digest("hex") };
  });
}

/**
 * Writes the attachments inside the caller's transaction. Files written under UPLOAD_DIR are
 * collected in `written` so the caller can remove them when the transaction rolls back.
 */
export async function saveFiles(tx: Pick<DbTx, "evidenceAttachment">, evidenceId: string, files: CheckedFile[], uploadedById: string, written: (string | null)[]) {
  const saved = [];
  for (const file of files) {
    const id = randomUUID();
    const stored = await storeBytes(evidenceId, id, file.bytes);
    written.push(stored.storagePath);
    saved.push(
      await tx.evidenceAttachment.create({
        data: { id, evidenceId, fileName: file.name, mimeType: file.mimeType, size: file.bytes.byteLength, sha256: file.sha256, uploadedById, ...stored },
        select: { id: true, fileName: true, mimeType: true, size: true, sha256: true },
      }),
    );
  }
  return saved;
}
