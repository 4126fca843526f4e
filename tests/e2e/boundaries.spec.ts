import { expect, test } from "@playwright/test";

import { demo, messages, signedInPage } from "./support";

test("an address no page matches answers 404 in the reader's language and keeps the header", async ({ browser }) => {
  const page = await signedInPage(browser, demo.partnerRu, "ru");
  const response = await page.goto("/ru/projects/archive/2019");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: messages.ru.notFound.title })).toBeVisible();
  // The app shell is still there: its navigation and the way back.
  await expect(page.getByRole("navigation", { name: messages.ru.nav.mainNavigation })).toBeVisible();
  await page.getByTestId("not-found").getByRole("link").click();
  await expect(page.getByTestId("landing-partner")).toBeVisible();
});
