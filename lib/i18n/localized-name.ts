type Named = { nameEn: string; nameZh: string; nameRu: string };

/** An organization's name in the reader's language (all three are required, so never empty). */
export function localizedName(item: Named, locale: string): string {
  if (locale === "zh") return item.nameZh;
  if (locale === "ru") return item.nameRu;
  return item.nameEn;
}
