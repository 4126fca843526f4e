import { expect, type Browser, type Page } from "@playwright/test";
import { TOTP } from "otpauth";

import { messagesByLocale } from "../../lib/i18n/messages";
import { DEMO_TOTP_SECRET } from "../../lib/seed/demo-data";

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

// Time steps already used per account and key: the server accepts each code once (RFC 6238
// replay rule) and the steps either side of now, so a test signing in twice within 30 s takes the
// next step's code, and only a third sign-in in the same step waits for time to move on.
const usedSteps = new Map<string, number>();

/** A TOTP code for `secret` that this run has not used for `account` yet. */
export async function freshCode(account: string, secret = DEMO_TOTP_SECRET): Promise<string> {
  const key = `${account} ${secret}`;
  for (;;) {
    const now = Math.floor(Date.now() / 1000 / 30);
    const step = Math.max(now, (usedSteps.get(key) ?? -1) + 1);
    if (step <= now + 1) {
      usedSteps.set(key, step);
      return new TOTP({ secret, algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: step * 30_000 });
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Marks the step of a code typed by a test itself (e.g. the one that confirms enrolment). */
export function markStepUsed(account: string, secret: string, timestamp = Date.now()) {
  usedSteps.set(`${account} ${secret}`, Math.floor(timestamp / 1000 / 30));
}

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
  // The server accepts each time step once, in increasing order; a step spent by an earlier test
  // in another worker process (this run's record of used steps is per process) is refused, and
  // the next code is taken.
  for (let attempt = 0; attempt < 3 && (await code.isVisible()); attempt++) {
    await code.fill(await freshCode(email));
    await page.getByRole("button", { name: m.twoFactor.verify }).click();
    await expect(landing.or(page.getByText(m.twoFactor.codeInvalid))).toBeVisible();
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
