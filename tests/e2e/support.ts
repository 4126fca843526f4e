import { expect, type Browser, type Page } from "@playwright/test";

import { messagesByLocale } from "../../lib/i18n/messages";
import { signInError, withFreshCode } from "../support/sign-in";

export { freshCode, markStepUsed } from "../support/sign-in";

// Typed as the English core file so tests read `messages.ru.auth.signIn` with completion;
// feature files are merged in by the same loader the app uses.
export const messages = messagesByLocale as unknown as Record<
  "en" | "zh" | "ru",
  typeof import("../../lib/i18n/messages/en.json") & typeof import("../../lib/i18n/messages/en.twoFactor.json")
>;
export const DEMO_PASSWORD = "synergia-demo-2026";
export const demo = {
  admin: "admin@synergia.demo",
  organizerCn: "organizer.cn@synergia.demo",
  partnerCn: "li.wei@hit.demo",
  partnerRu: "ivan.petrov@fefu.demo",
};

/**
 * Signs in through the real form and waits for the landing page; for an account with two-factor
 * sign-in (the demo administrators and organizers) it types a code from the demo key.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale: keyof typeof messages = "en") {
  const m = messages[locale];
  await page.goto(`/${locale}/login`);
  await page.getByLabel(m.auth.email).fill(email);
  await page.getByLabel(m.auth.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: m.auth.signIn }).click();
  const landing = page.getByTestId(/^landing-(admin|organizer|partner)$/);
  const code = page.getByLabel(m.twoFactor.signInCode);
  await expect(landing.or(code)).toBeVisible();
  if (await code.isVisible()) {
    // Each try is judged by the server's answer to it, not by the notice of an earlier refusal.
    const answer = await withFreshCode(email, async (value) => {
      await code.fill(value);
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/auth/callback/credentials"),
        page.getByRole("button", { name: m.twoFactor.verify }).click(),
      ]);
      // A success navigates away at once, taking its body along; a refusal stays on the form.
      return { error: response.ok() ? null : signInError((await response.json()) as { url?: string }) };
    });
    expect(answer.error, `second-factor sign-in of ${email}`).toBeNull();
  }
  await expect(landing).toBeVisible();
}

/** A suffix so repeated runs against the same database never collide on unique names. */
export function unique(prefix: string) {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A page in a browser context of its own (its own cookies), signed in through the real form. */
export async function signedInPage(browser: Browser, email: string, locale: keyof typeof messages = "en"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, DEMO_PASSWORD, locale);
  return page;
}

// The seeded Harbin High-tech Park project: Park (lead, CN), Robotics (CN), HIT (CN), Ural
// Machine-Tool Plant (RU) and FEFU (RU) are its accepted partners.
export const HARBIN_PROJECT_ZH = "哈尔滨中俄高新技术产业园智能制造联合项目";

/** Finds the Harbin project through the Chinese list search, opens it and returns its id. */
export async function openHarbinProject(page: Page): Promise<string> {
  await page.goto(`/zh/projects?q=${encodeURIComponent("高新技术产业园智能制造")}`);
  await page.getByRole("link", { name: HARBIN_PROJECT_ZH, exact: true }).first().click();
  await expect(page).toHaveURL(/\/zh\/projects\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}
