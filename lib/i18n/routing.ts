import { defineRouting } from "next-intl/routing";

export const locales = ["en", "zh", "ru"] as const;
export type AppLocale = (typeof locales)[number];

/** Dates and times are shown in UTC, the same for partners in China and Russia. */
export const TIME_ZONE = "UTC";

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
});

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
