import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";

import { messageFormatCache } from "./format-cache";
import { messagesByLocale } from "./messages";
import { routing, TIME_ZONE } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: messagesByLocale[locale],
    timeZone: TIME_ZONE,
    // Not in next-intl's RequestConfig type, but passed on to every translator it creates.
    _cache: messageFormatCache,
  } as Awaited<ReturnType<Parameters<typeof getRequestConfig>[0]>>;
});
