import { expect, test } from "@playwright/test";
import en from "../../lib/i18n/messages/en.json" with { type: "json" };

test("the sign-in page loads", async ({ page }) => {
  await page.goto("/en/login");
  await expect(page.getByRole("heading", { level: 1, name: en.auth.signInTitle })).toBeVisible();
});

test("the health check reports a working database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, database: "up" });
});
