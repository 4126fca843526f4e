import { expect, type Page } from "@playwright/test";
import en from "../../lib/i18n/messages/en.json" with { type: "json" };
import ru from "../../lib/i18n/messages/ru.json" with { type: "json" };
import zh from "../../lib/i18n/messages/zh.json" with { type: "json" };

export const messages = { en, ru, zh };
export const DEMO_PASSWORD = "synergia-demo-2026";
export const demo = {
  admin: "admin@synergia.demo",
  organizerCn: "organizer.cn@synergia.demo",
  partnerCn: "li.wei@hit.demo",
  partnerRu: "ivan.petrov@fefu.demo",
};

/** Signs in through the real form and waits for the landing page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale: keyof typeof messages = "en") {
  const m = messages[locale];
  await page.goto(`/${locale}/login`);
  await page.getByLabel(m.auth.email).fill(email);
  await page.getByLabel(m.auth.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: m.auth.signIn }).click();
  await expect(page.getByTestId(/^landing-/)).toBeVisible();
}

/** A suffix so repeated runs against the same database never collide on unique names. */
export function unique(prefix: string) {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
