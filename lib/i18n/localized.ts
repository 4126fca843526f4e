/** Something stored once per language in three columns: `nameEn`/`nameZh`/`nameRu`, `title…`, `city…`. */
export type Localized<F extends string> = { [K in `${F}En` | `${F}Zh` | `${F}Ru`]: string };

/**
 * The text in the reader's language, e.g. `localized(org, "name", locale)`; English when that
 * language's column is empty (optional descriptions), so it is never blank when English is not.
 */
export function localized<F extends string>(item: Localized<F>, field: F, locale: string): string {
  const columns = item as Record<string, string>;
  const suffix = locale === "zh" ? "Zh" : locale === "ru" ? "Ru" : "En";
  return columns[`${field}${suffix}`] || columns[`${field}En`];
}
