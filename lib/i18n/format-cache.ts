import { _createCache } from "next-intl";

/**
 * One process-wide cache of parsed messages (IntlMessageFormat instances) for every translator.
 * next-intl starts an empty cache for each request, so each request parsed again every message
 * with arguments it showed (about 0.5 ms each, bench:web). Messages, formats and the time zone
 * are the same for every request, so the parsed form is too; the cache grows to at most one
 * entry per message and locale.
 */
export const messageFormatCache = _createCache();
