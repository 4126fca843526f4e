import { expect, test } from "@playwright/test";

import { demo, messages, signedInPage } from "./support";

const { ru } = messages;

test("a partner ends a lost browser's session from /account; the other browser is signed out at its next step", async ({ browser }) => {
  // Two browsers of the same person, say the office desktop and a laptop that went missing.
  const desk = await signedInPage(browser, demo.partnerRu, "ru");
  const laptop = await signedInPage(browser, demo.partnerRu, "ru");
  const third = await signedInPage(browser, demo.partnerRu, "ru");

  await desk.goto("/ru/account");
  const card = desk.getByRole("region", { name: ru.account.sessions.title });
  const rows = card.getByTestId("session-row");
  await expect(desk.getByRole("heading", { name: ru.account.sessions.title })).toBeVisible();
  // Newest first: the third browser, then the laptop; this one is marked.
  const before = await rows.count();
  expect(before).toBeGreaterThanOrEqual(3);
  await expect(rows.filter({ hasText: ru.account.sessions.current })).toHaveCount(1);
  await expect(rows.nth(0)).not.toContainText(ru.account.sessions.current);
  await expect(rows.nth(1)).not.toContainText(ru.account.sessions.current);

  // "Завершить" on the laptop's row (the second newest).
  await rows.nth(1).getByRole("button", { name: ru.account.sessions.end }).click();
  await expect(rows).toHaveCount(before - 1);

  await laptop.reload();
  await expect(laptop).toHaveURL(/\/ru\/login\?reason=session/);
  await expect(laptop.getByTestId("login-notice")).toHaveText(ru.auth.sessionEnded);
  // The third browser was left alone.
  await third.reload();
  await expect(third.getByTestId("landing-partner")).toBeVisible();

  // Then every other session at once, after confirming; this one stays signed in.
  await desk.getByRole("button", { name: ru.account.sessions.endOthers }).click();
  await desk.getByRole("button", { name: /^Завершить \d+ /u }).click();
  await expect(desk.getByRole("status").filter({ hasText: /Заверш[её]н/u })).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(ru.account.sessions.current);
  await third.reload();
  await expect(third).toHaveURL(/\/ru\/login\?reason=session/);
  await desk.reload();
  await expect(desk.getByRole("heading", { name: ru.account.sessions.title })).toBeVisible();

  // On a phone the sessions table's box fits the screen: the table scrolls inside it.
  await desk.setViewportSize({ width: 390, height: 844 });
  await expect(rows.first()).toContainText(ru.account.sessions.current);
  const box = (await card.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);

  for (const page of [desk, laptop, third]) await page.context().close();
});
