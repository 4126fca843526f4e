import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests run against an app that scripts/e2e.ts (`npm run test:e2e`) starts with its own
 * throwaway database and passes in as E2E_BASE_URL. Debian's Chromium is used because
 * `playwright install` cannot download browsers on these machines.
 */
const baseURL = process.env.E2E_BASE_URL;
if (!baseURL) {
  throw new Error("E2E_BASE_URL is not set. Run the browser tests with `npm run test:e2e`, which starts the app for them.");
}
// The tests create and change data: never point them at anything but a local instance.
if (!["localhost", "127.0.0.1", "[::1]"].includes(new URL(baseURL).hostname)) {
  throw new Error(`Refusing to run browser tests against ${baseURL}: only a local app is allowed.`);
}

const securityFiles = /(security|probes)\.spec\.ts/;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One worker: the tests share one database and some read what others wrote.
  workers: 1,
  reporter: "list",
  // Sized for a busy 2-core machine (CI shares it with the build and PostgreSQL): with both cores
  // taken by other work the longest flows (an invitation end to end) ran 84 s, and a step that
  // waits for a server round trip several seconds. Every route is loaded once before the first
  // test (scripts/warm-up.ts), so no test pays for another's first request.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: [securityFiles, /outage\.spec\.ts/] },
    // The attacker's probes of issue 12 (`npm run test:security` runs these and the outage).
    { name: "security", use: { ...devices["Desktop Chrome"] }, testMatch: securityFiles },
    // Stops the shared database, so it runs after everything else.
    {
      name: "outage",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /outage\.spec\.ts/,
      dependencies: process.env.E2E_SECURITY_ONLY ? ["security"] : ["chromium", "security"],
    },
  ],
});
