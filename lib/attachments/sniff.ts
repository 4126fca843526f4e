/**
 * Content sniffing for attachments (evidence, initiative updates). The type comes from the
 * bytes, never from the file name: a browser or a user's desktop trusts a name, and an
 * executable or HTML page named `report.pdf` must not be stored as a PDF. Only the formats the
 * platform accepts are recognised.
 */

export const ATTACHMENT_TYPES = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
} as const;
export type AttachmentMime = (typeof ATTACHMENT_TYPES)[keyof typeof ATTACHMENT_TYPES];

const startsWith = (bytes: Uint8Array, sig: readonly number[], offset = 0) =>
  bytes.length >= offset + sig.length && sig.every((b, i) => bytes[offset + i] === b);

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The names of the entries in a ZIP archive's central directory, or null when it is not a ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + extra + comment;
  }
  return names;
}

/** Plain text a spreadsheet program opens: UTF-8, no control bytes, and not markup or a script. */
function looksLikeCsv(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return false;
  const head = text.replace(/^\uFEFF/, "").trimStart();
  // Markup (HTML, SVG, XML) and shebang scripts are the classic disguises for text files.
  if (head.startsWith("<") || head.startsWith("#!") || head.startsWith("%PDF")) return false;
  return true;
}

/**
 * The MIME type the content really has, or null when it is none of the accepted formats.
 * CSV has no signature, so plain text counts as CSV only when the name also says `.csv`.
 */
export function sniffAttachment(bytes: Uint8Array, fileName: string): AttachmentMime | null {
  if (startsWith(bytes, ascii("%PDF-"))) return ATTACHMENT_TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ATTACHMENT_TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return ATTACHMENT_TYPES.jpeg;
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return ATTACHMENT_TYPES.webp;
  const entries = zipEntryNames(bytes);
  if (entries) {
    // An OOXML workbook: the content-types part plus the workbook itself (a .docx or a plain
    // ZIP is refused).
    return entries.includes("[Content_Types].xml") && entries.includes("xl/workbook.xml") ? ATTACHMENT_TYPES.xlsx : null;
  }
  if (/\.csv$/i.test(fileName.trim()) && looksLikeCsv(bytes)) return ATTACHMENT_TYPES.csv;
  return null;
}

/** A file name safe to echo in a Content-Disposition header and in the UI. */
export function cleanFileName(name: string): string {
  // Strip control characters, bidi controls (which make "report\u202Efdp.exe" read as
  // "reportexe.pdf") and path parts.
  const base =
    name
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
      .split(/[\\/]/)
      .pop() ?? "";
  const trimmed = base.trim().slice(0, 200);
  return trimmed === "" ? "attachment" : trimmed;
}

const EXTENSIONS: Record<AttachmentMime, readonly string[]> = {
  [ATTACHMENT_TYPES.pdf]: [".pdf"],
  [ATTACHMENT_TYPES.png]: [".png"],
  [ATTACHMENT_TYPES.jpeg]: [".jpg", ".jpeg"],
  [ATTACHMENT_TYPES.webp]: [".webp"],
  [ATTACHMENT_TYPES.xlsx]: [".xlsx"],
  [ATTACHMENT_TYPES.csv]: [".csv"],
};

/**
 * The name a file is saved and downloaded under: cleaned, and ending in an extension of the type
 * its content was detected as, so that a PDF named `invoice.exe` is opened as `invoice.exe.pdf`
 * by the user's desktop, never run. (Applied on download too, for names stored before.)
 */
export function attachmentFileName(name: string, mimeType: string): string {
  const clean = cleanFileName(name);
  const extensions = EXTENSIONS[mimeType as AttachmentMime];
  if (!extensions || extensions.some((ext) => clean.toLowerCase().endsWith(ext))) return clean;
  return `${clean.slice(0, 200 - extensions[0].length)}${extensions[0]}`;
}
