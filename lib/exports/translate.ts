import { createTranslator } from "next-intl";

import { messagesByLocale } from "@/lib/i18n/messages";
import { isLocale, type AppLocale } from "@/lib/i18n/routing";
import { LEVEL_KEYS } from "@/lib/scoring";

export type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/**
 * A translator for one language outside a page render (downloads, print documents): the same
 * message files as the pages, chosen by the caller rather than by the request.
 */
export function translatorFor(locale: string): { locale: AppLocale; t: Translate } {
  const chosen: AppLocale = isLocale(locale) ? locale : "en";
  const t = createTranslator({ locale: chosen, messages: messagesByLocale[chosen] as never }) as unknown as Translate;
  return { locale: chosen, t };
}

/** "Level 7 · Primary coordination" style label of a coordination level (1–10). */
export function levelLabel(t: Translate, level: number | null | undefined): string {
  if (!level) return "";
  const key = LEVEL_KEYS[level - 1];
  return key ? t(`levels.${key}`) : String(level);
}

/** "evidence.submit" → its label under scores.triggers, or the generic "other change". */
export function triggerText(t: Translate, trigger: string): string {
  return t.has(`scores.triggers.${trigger}`) ? t(`scores.triggers.${trigger}`) : t("scores.triggers.other");
}
