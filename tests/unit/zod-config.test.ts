import { expect, it } from "vitest";

/**
 * instrumentation-client.ts turns zod's compiled parsers off in the browser (our CSP forbids
 * `new Function`) by writing zod's settings object before zod loads, instead of importing zod into
 * every page. This holds only while zod reads its settings from that global.
 */
it("zod takes its jitless setting from the object instrumentation-client.ts writes before it loads", async () => {
  const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  const before = holder.__zod_globalConfig;
  try {
    delete holder.__zod_globalConfig;
    await import("../../instrumentation-client");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    expect(z.config()).toBe(holder.__zod_globalConfig);
  } finally {
    if (before) holder.__zod_globalConfig = before;
  }
});
