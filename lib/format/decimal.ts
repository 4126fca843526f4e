/**
 * Figures with a fixed number of decimals in the reader's language: "0.500" in English and
 * Chinese, "0,500" in Russian. One Intl.NumberFormat per locale and precision, reused: building
 * one costs far more than formatting with it, and a score panel formats dozens.
 * Pure, no I/O: pages, client components and exports share it.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `value` with exactly `digits` decimals (3 by default); "—" when there is no value. */
export function formatDecimal(locale: string, value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined ? "—" : formatterFor(locale, digits).format(value);
}
