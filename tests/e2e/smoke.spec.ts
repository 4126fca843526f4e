import { expect, test } from "@playwright/test";

import en from "../../lib/i18n/messages/en.json" with { type: "json" };
import { demo, DEMO_PASSWORD, signIn } from "./support";

test("the sign-in page loads", async ({ page }) => {
  await page.goto("/en/login");
  await expect(page.getByRole("heading", { level: 1, name: en.auth.signInTitle })).toBeVisible();
});

test("the health check reports a working database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, database: "up" });
});

test("the start page lists a partner's projects in the language of the page, not the saved one", async ({ page }) => {
  // Ivan Petrov saved Russian as his language; the same card read in English must show English
  // titles wherever a project has one (the others keep their original language).
  await signIn(page, demo.partnerRu, DEMO_PASSWORD, "ru");
  const titles = async (locale: "en" | "ru") => {
    await page.goto(`/${locale}`);
    // The card streams in after the page's frame: read it once it is there, whole.
    const card = page.getByTestId("projects-mine");
    await expect(card.getByRole("link").first()).toBeVisible();
    return card.getByRole("link").allInnerTexts();
  };
  const ru = await titles("ru");
  const en = await titles("en");
  expect(en).toHaveLength(ru.length);
  expect(en.filter((title, k) => title !== ru[k]).length).toBeGreaterThan(0);
  expect(en.some((title) => /^[A-Za-z]/.test(title))).toBe(true);
});
