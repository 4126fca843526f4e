import { ValidationError } from "@/lib/errors";

/** What the XLSX inside may unpack to: a 10 MB upload must not become gigabytes in memory. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/**
 * Adds up the uncompressed sizes the ZIP's central directory declares, before exceljs inflates
 * anything (a "zip bomb" is refused unread). A file without a readable directory is no XLSX.
 */
export function checkZipSize(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const notSpreadsheet = () => new ValidationError("notSpreadsheet", "file");
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notSpreadsheet();
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw notSpreadsheet();
    const size = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF: the real size is in a ZIP64 field; no template comes near 4 GB.
    if (size === 0xffffffff) throw new ValidationError("fileTooLarge", "file", { max: MAX_UNZIPPED_BYTES / 1024 / 1024 });
    total += size;
    if (total > MAX_UNZIPPED_BYTES) throw new ValidationError("fileTooLarge", "file", { max: MAX_UNZIPPED_BYTES / 1024 / 1024 });
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
}
