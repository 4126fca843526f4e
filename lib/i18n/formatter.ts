import "server-only";

import { _createCache, _createIntlFormatters, createFormatter } from "next-intl";
import { getLocale } from "next-intl/server";
import { cache } from "react";

import { TIME_ZONE } from "./routing";

/**
 * One process-wide set of Intl formatters (Intl.NumberFormat, DateTimeFormat, PluralRules …).
 * next-intl's own `getFormatter` keeps them for one request only, so every request constructed
 * each one it used again, at about 0.1 ms apiece (about 1 ms of a project page, bench:web). They
 * are immutable and depend only on their locale and options, so one of each suffices; the set
 * grows to one per locale and option set the code uses.
 */
const intlFormatters = _createIntlFormatters(_createCache());

/** "Now" for relative times: one instant per request, as next-intl's own default. */
const requestNow = cache(() => new Date());

const formatterFor = cache(async (locale: string | undefined) =>
  createFormatter({
    locale: locale ?? (await getLocale()),
    timeZone: TIME_ZONE,
    _formatters: intlFormatters,
    get now() {
      return requestNow();
    },
  }),
);

/**
 * next-intl's `getFormatter` for server components and route handlers, with the process-wide
 * formatters: the page's locale (or `locale`) and the platform's time zone.
 */
export function getFormatter(options?: { locale?: string }) {
  return formatterFor(options?.locale);
}
