// Runs in the browser before the app's own modules. Zod compiles its object parsers with
// `new Function` unless told not to; under our Content-Security-Policy (no 'unsafe-eval') that
// attempt is refused and reported as a violation, so the browser must use the plain parsers from
// the start (zod reads the setting when a schema is built).
//
// zod 4 keeps its settings in `globalThis.__zod_globalConfig` and adopts an object already there
// (zod/v4/core/core.js), so the setting is made without importing zod: `import { z } from "zod"`
// here put all of zod (about 30 KB gzip) into the first bundle of every page, forms or not.
// tests/unit/zod-config.test.ts fails if an upgrade of zod stops reading it from there.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
export {};
