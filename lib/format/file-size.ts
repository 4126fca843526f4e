import type { createFormatter } from "next-intl";

type NumberFormatter = Pick<ReturnType<typeof createFormatter>, "number">;

const KB = 1024;
const MB = 1024 * KB;

/**
 * A file size the way people read it: bytes below 1 KB, whole KB below 1 MB, MB with one
 * decimal above. The unit words come from Intl's `unit` style, so they follow the page's
 * locale ("12 kB", "12 кБ") without message keys. Pass `useFormatter()` or `getFormatter()`.
 */
export function formatFileSize(format: NumberFormatter, bytes: number): string {
  // Spelled out: the short form is "300 byte" in English ("300 bytes", "300 байт", "300字节").
  if (bytes < KB) return format.number(bytes, { style: "unit", unit: "byte", unitDisplay: "long", maximumFractionDigits: 0 });
  // 1023.6 KB would round to "1,024 kB": show it as MB instead.
  if (Math.round(bytes / KB) < KB) return format.number(bytes / KB, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });
  return format.number(bytes / MB, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
}
