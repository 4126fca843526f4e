import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React Server Components; services must load in tests.
      "server-only": `${root}tests/support/empty.ts`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // next-intl's ESM imports "next/server" without an extension, which only a bundler (or
          // Vite, once it processes next-intl) resolves; proxy.ts is tested through it.
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      {
        extends: true,
        // Inspects the production build; scripts/test.ts runs it after the e2e step has built.
        test: { name: "build", include: ["tests/build/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // One database for the whole run: files run one after another so TRUNCATE in one
          // file cannot pull rows from under another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
