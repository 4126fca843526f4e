import { expect, test } from "@playwright/test";

import type enProjects from "../../lib/i18n/messages/en.projects.json";
import type enSystem from "../../lib/i18n/messages/en.system.json";
import { startPostgresAgain, stopPostgres } from "../support/postgres-restart";
import { demo, DEMO_PASSWORD, messages, signedInPage } from "./support";

/**
 * PostgreSQL stops under a signed-in user and starts again. Runs in a project of its own, after
 * every other browser test (playwright.config.ts), since it takes the shared database away.
 */
const dataDir = process.env.E2E_PG_DATA_DIR;
const databaseUrl = process.env.E2E_DATABASE_URL;

test("while PostgreSQL is down, actions, routes and pages answer 503 and say in Russian to try again in a moment", async ({ browser }) => {
  if (!dataDir || !databaseUrl) throw new Error("E2E_PG_DATA_DIR and E2E_DATABASE_URL come from scripts/e2e.ts");
  const ru = messages.ru;
  const system = (messages.ru as unknown as typeof enSystem).pageError;
  const projects = (messages.ru as unknown as typeof enProjects).projects;
  const page = await signedInPage(browser, demo.partnerRu, "ru");
  await page.goto("/ru/account");
  await page.getByLabel(ru.account.currentPassword).fill(DEMO_PASSWORD);
  await page.getByLabel(ru.auth.newPassword, { exact: true }).fill("another-demo-password-2026");
  await page.getByLabel(ru.auth.confirmPassword).fill("another-demo-password-2026");

  await stopPostgres(dataDir);
  try {
    // A server action: the form shows the outage and the response says 503 (its result travels
    // in the body as always).
    const answer = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
    await page.getByRole("button", { name: ru.account.changePassword }).click();
    expect((await answer).status()).toBe(503);
    await expect(page.getByText(ru.errors.serviceUnavailable)).toBeVisible();

    // A route handler, with the session cookie of the page.
    const unread = await page.request.get("/api/notifications/unread");
    expect(unread.status()).toBe(503);
    expect(unread.headers()["retry-after"]).toBe("5");

    // The API, as its document says (503 with Retry-After): a token of the right shape is
    // looked up in the database first.
    const api = await page.request.get("/api/v1/token", { headers: { authorization: `Bearer syn_pat_${"a".repeat(43)}` } });
    expect(api.status()).toBe(503);
    expect(api.headers()["retry-after"]).toBe("5");
    expect(await api.json()).toEqual({ error: { code: "serviceUnavailable" } });

    // A page: the error boundary, not a blank screen or an English stack.
    const response = await page.goto("/ru/projects");
    expect(response?.status()).toBe(503);
    await expect(page.getByText(system.outage)).toBeVisible();
  } finally {
    await startPostgresAgain(dataDir, databaseUrl);
  }

  // Back without restarting the app; the refused password change changed nothing.
  await page.getByRole("button", { name: system.retry }).click();
  await expect(page.getByRole("heading", { name: projects.title })).toBeVisible();
  const again = await signedInPage(browser, demo.partnerRu, "ru");
  await expect(again.getByTestId("landing-partner")).toBeVisible();
});
