import pino from "pino";

/** Structured server log. Level from LOG_LEVEL (read here only because logging starts before env validation). */
// eslint-disable-next-line no-restricted-properties -- the logger must work while the environment is being validated
export const log = pino({ level: process.env.LOG_LEVEL ?? "info", base: { app: "synergia" } });
