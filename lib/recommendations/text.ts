/** Picks the text in the reader's language; English is the fallback. */
export function localized<T extends Record<string, unknown>>(item: T, prefix: string, locale: string): string {
  const key = `${prefix}${locale === "zh" ? "Zh" : locale === "ru" ? "Ru" : "En"}`;
  const value = item[key];
  return typeof value === "string" && value ? value : String(item[`${prefix}En`] ?? "");
}
