import "server-only";

import { createTranslator } from "next-intl";

import { messageFormatCache } from "@/lib/i18n/format-cache";
import { localized } from "@/lib/i18n/localized";
import { messagesByLocale } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { regionName } from "@/lib/regions/catalog";
import { LEVEL_KEYS } from "@/lib/scoring";

import type { BacklogRow, Grouping } from "./service";
import type { Labels } from "./tables";

/**
 * The dashboard's words in `locale`, for the page and the CSV alike (a plain translator over the
 * message files, so the CSV route and the tests need no request context).
 */
export function portfolioLabels(locale: string): Labels {
  const lang = isLocale(locale) ? locale : "en";
  let labels = byLocale.get(lang);
  if (!labels) byLocale.set(lang, (labels = buildLabels(lang)));
  return labels;
}

/** Labels hold no request state: built once per language, not on every dashboard view. */
const byLocale = new Map<string, Labels>();

function buildLabels(locale: "en" | "zh" | "ru"): Labels {
  const t = createTranslator({
    locale,
    messages: messagesByLocale[locale] as Record<string, never>,
    _cache: messageFormatCache,
  }) as unknown as (key: string) => string;
  const key = (grouping: Grouping, value: string | null): string => {
    switch (grouping) {
      case "sector":
        return value ? t(`projects.sectors.${value}`) : "—";
      case "region":
        return regionName(value, locale) ?? t("portfolio.keys.noRegion");
      case "pair":
        return value ? t(`portfolio.pairs.${value}`) : t("portfolio.keys.noPartner");
      case "stage":
        return value ? t(`projects.stages.s${value}`) : t("portfolio.keys.notAssessed");
      case "level":
        return value ? `${value} · ${t(`levels.${LEVEL_KEYS[Number(value) - 1]}`)}` : t("portfolio.keys.notAssessed");
      case "binding":
        if (!value) return t("portfolio.keys.notAssessed");
        return value === "none" ? t("portfolio.keys.none") : t(`scores.constraints.${value}`);
    }
  };
  return {
    head: (k) => t(`portfolio.head.${k}`),
    key,
    dimension: (d) => t(`scores.dimensions.${d}`),
    age: (a) => t(`portfolio.ages.${a}`),
    organization: (r: BacklogRow) => localized(r, "name", locale),
  };
}
