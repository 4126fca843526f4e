/**
 * The Chinese provinces and Russian federal subjects along the cooperation corridor, with their
 * ISO 3166-2 codes and names in the three languages. Pure data: the `regions` table holds the
 * same rows (migration 20261206211100_project_regions; a test keeps them equal), so SQL can
 * group by region and the UI can name them without a query.
 */
export type Region = { code: string; country: "CN" | "RU"; en: string; zh: string; ru: string };

export const REGIONS: readonly Region[] = [
  { code: "CN-HL", country: "CN", en: "Heilongjiang", zh: "黑龙江省", ru: "Хэйлунцзян" },
  { code: "CN-JL", country: "CN", en: "Jilin", zh: "吉林省", ru: "Цзилинь" },
  { code: "CN-LN", country: "CN", en: "Liaoning", zh: "辽宁省", ru: "Ляонин" },
  { code: "CN-NM", country: "CN", en: "Inner Mongolia", zh: "内蒙古自治区", ru: "Внутренняя Монголия" },
  { code: "CN-XJ", country: "CN", en: "Xinjiang", zh: "新疆维吾尔自治区", ru: "Синьцзян" },
  { code: "CN-BJ", country: "CN", en: "Beijing", zh: "北京市", ru: "Пекин" },
  { code: "CN-TJ", country: "CN", en: "Tianjin", zh: "天津市", ru: "Тяньцзинь" },
  { code: "CN-SD", country: "CN", en: "Shandong", zh: "山东省", ru: "Шаньдун" },
  { code: "CN-SH", country: "CN", en: "Shanghai", zh: "上海市", ru: "Шанхай" },
  { code: "RU-PRI", country: "RU", en: "Primorsky Krai", zh: "滨海边疆区", ru: "Приморский край" },
  { code: "RU-KHA", country: "RU", en: "Khabarovsk Krai", zh: "哈巴罗夫斯克边疆区", ru: "Хабаровский край" },
  { code: "RU-AMU", country: "RU", en: "Amur Oblast", zh: "阿穆尔州", ru: "Амурская область" },
  { code: "RU-YEV", country: "RU", en: "Jewish Autonomous Oblast", zh: "犹太自治州", ru: "Еврейская автономная область" },
  { code: "RU-ZAB", country: "RU", en: "Zabaykalsky Krai", zh: "外贝加尔边疆区", ru: "Забайкальский край" },
  { code: "RU-BU", country: "RU", en: "Republic of Buryatia", zh: "布里亚特共和国", ru: "Республика Бурятия" },
  { code: "RU-IRK", country: "RU", en: "Irkutsk Oblast", zh: "伊尔库茨克州", ru: "Иркутская область" },
  { code: "RU-SAK", country: "RU", en: "Sakhalin Oblast", zh: "萨哈林州", ru: "Сахалинская область" },
  { code: "RU-NVS", country: "RU", en: "Novosibirsk Oblast", zh: "新西伯利亚州", ru: "Новосибирская область" },
  { code: "RU-TOM", country: "RU", en: "Tomsk Oblast", zh: "托木斯克州", ru: "Томская область" },
  { code: "RU-SVE", country: "RU", en: "Sverdlovsk Oblast", zh: "斯维尔德洛夫斯克州", ru: "Свердловская область" },
  { code: "RU-TA", country: "RU", en: "Republic of Tatarstan", zh: "鞑靼斯坦共和国", ru: "Республика Татарстан" },
  { code: "RU-MOW", country: "RU", en: "Moscow", zh: "莫斯科", ru: "Москва" },
  { code: "RU-SPE", country: "RU", en: "Saint Petersburg", zh: "圣彼得堡", ru: "Санкт-Петербург" },
];

export const REGION_CODES = REGIONS.map((r) => r.code) as [string, ...string[]];
const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

export function regionName(code: string | null | undefined, locale: string): string | null {
  const r = code ? BY_CODE.get(code) : undefined;
  if (!r) return null;
  return locale === "zh" ? r.zh : locale === "ru" ? r.ru : r.en;
}

/**
 * Places people wrote into the old free-text location, by region. The migration maps the same
 * names (the earliest named place wins: "Heihe — Blagoveshchensk" is Heilongjiang).
 */
export const PLACE_NAMES: Readonly<Record<string, readonly string[]>> = {
  "CN-HL": [
    "Harbin",
    "哈尔滨",
    "Харбин",
    "Heihe",
    "黑河",
    "Хэйхэ",
    "Daqing",
    "大庆",
    "Дацин",
    "Mudanjiang",
    "牡丹江",
    "Муданьцзян",
    "Qiqihar",
    "齐齐哈尔",
    "Цицикар",
    "Tongjiang",
    "同江",
    "Тунцзян",
    "Suifenhe",
    "绥芬河",
    "Суйфэньхэ",
    "Heilongjiang",
    "黑龙江",
    "Хэйлунцзян",
  ],
  "CN-JL": ["Changchun", "长春", "Чанчунь", "Hunchun", "珲春", "Хуньчунь", "Jilin", "吉林", "Цзилинь"],
  "CN-LN": ["Shenyang", "沈阳", "Шэньян", "Dalian", "大连", "Далянь", "Liaoning", "辽宁", "Ляонин"],
  "CN-NM": [
    "Manzhouli",
    "满洲里",
    "Маньчжурия",
    "Hohhot",
    "呼和浩特",
    "Хух-Хото",
    "Erenhot",
    "二连浩特",
    "Эрлянь",
    "Inner Mongolia",
    "内蒙古",
  ],
  "CN-BJ": ["Beijing", "北京", "Пекин"],
  "CN-SH": ["Shanghai", "上海", "Шанхай"],
  "RU-PRI": [
    "Vladivostok",
    "符拉迪沃斯托克",
    "Владивосток",
    "Ussuriysk",
    "乌苏里斯克",
    "Уссурийск",
    "Pogranichny",
    "Пограничный",
    "Primorsky",
    "Приморский",
    "滨海",
  ],
  "RU-KHA": ["Khabarovsk", "哈巴罗夫斯克", "Хабаровск", "Komsomolsk", "Комсомольск"],
  "RU-AMU": ["Blagoveshchensk", "布拉戈维申斯克", "Благовещенск", "Amur Oblast", "Амурская", "阿穆尔"],
  "RU-YEV": ["Birobidzhan", "比罗比詹", "Биробиджан", "Nizhneleninskoye", "Нижнеленинское", "Jewish", "Еврейская"],
  "RU-ZAB": ["Chita", "赤塔", "Чита", "Zabaykalsk", "Забайкальск", "Zabaykalsky", "Забайкальский"],
  "RU-BU": ["Ulan-Ude", "乌兰乌德", "Улан-Удэ", "Buryatia", "Бурятия"],
  "RU-IRK": ["Irkutsk", "伊尔库茨克", "Иркутск"],
  "RU-NVS": ["Novosibirsk", "新西伯利亚", "Новосибирск"],
  "RU-TOM": ["Tomsk", "托木斯克", "Томск"],
  "RU-SVE": ["Yekaterinburg", "叶卡捷琳堡", "Екатеринбург"],
  "RU-TA": ["Kazan", "喀山", "Казань", "Tatarstan", "Татарстан"],
  "RU-MOW": ["Moscow", "莫斯科", "Москва"],
  "RU-SPE": ["Saint Petersburg", "St Petersburg", "圣彼得堡", "Санкт-Петербург"],
};

/** The region of a free-text place: the region named earliest in the text, or null. */
export function regionOfPlace(place: string): string | null {
  const text = place.toLowerCase();
  let best: { code: string; at: number } | null = null;
  for (const [code, names] of Object.entries(PLACE_NAMES)) {
    for (const name of names) {
      const at = text.indexOf(name.toLowerCase());
      if (at >= 0 && (!best || at < best.at)) best = { code, at };
    }
  }
  return best?.code ?? null;
}
