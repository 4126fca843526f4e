type Named = { nameEn: string; nameZh: string; nameRu: string };
type Located = { cityEn: string; cityZh: string; cityRu: string };

/** An organization's name in the reader's language (all three are required, so never empty). */
export function localizedName(item: Named, locale: string): string {
  if (locale === "zh") return item.nameZh;
  if (locale === "ru") return item.nameRu;
  return item.nameEn;
}

/** An organization's city in the reader's language (all three are required, like the names). */
export function localizedCity(item: Located, locale: string): string {
  if (locale === "zh") return item.cityZh;
  if (locale === "ru") return item.cityRu;
  return item.cityEn;
}
