import { expect, test, type Page } from "@playwright/test";
import { TOTP } from "otpauth";

import { DEMO_PASSWORD, freshCode, markStepUsed, messages, signIn } from "./support";

const ru = messages.ru;
const t2 = ru.twoFactor;
// A demo partner no other browser test signs in as: enrolling changes how they sign in.
const OLGA = "olga.ivanova@rugrid.demo";

async function signOut(page: Page) {
  await page.getByRole("button", { name: ru.nav.signOut, exact: true }).click();
  await expect(page).toHaveURL(/\/ru\/login/);
}

/** Email and password, then the code step. */
async function passwordStep(page: Page) {
  await page.goto("/ru/login");
  await page.getByLabel(ru.auth.email).fill(OLGA);
  await page.getByLabel(ru.auth.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: ru.auth.signIn }).click();
  await expect(page.getByRole("heading", { name: t2.signInCodeTitle })).toBeVisible();
}

async function codeStep(page: Page, code: string) {
  await page.getByLabel(t2.signInCode).fill(code);
  await page.getByRole("button", { name: t2.verify }).click();
}

test("a partner enrols a second factor in Russian, signs in with an app code and uses a recovery code once", async ({ page }) => {
  await signIn(page, OLGA, DEMO_PASSWORD, "ru");
  await page.goto("/ru/account");
  const card = page.getByTestId("two-factor-card");
  await expect(card.getByTestId("two-factor-status")).toHaveText(t2.statusOff);
  await card.getByRole("button", { name: t2.setUp }).click();
  await expect(card.getByRole("img", { name: t2.qrLabel })).toBeVisible();

  // The manual key is what an authenticator app would store; a wrong code is refused first.
  const secret = (await card.getByTestId("two-factor-key").textContent())!.replace(/\s/g, "");
  await card.getByLabel(t2.code, { exact: true }).fill("000000");
  await card.getByRole("button", { name: t2.confirm }).click();
  await expect(card.getByText(t2.errors.codeInvalid)).toBeVisible();
  const now = Date.now();
  await card
    .getByLabel(t2.code, { exact: true })
    .fill(new TOTP({ secret, algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: now }));
  markStepUsed(OLGA, secret, now);
  await card.getByRole("button", { name: t2.confirm }).click();
  const listed = card.getByTestId("recovery-codes").getByRole("listitem");
  await expect(listed).toHaveCount(10);
  const codes = (await listed.allTextContents()).map((c) => c.trim());
  await card.getByRole("button", { name: t2.recoverySaved }).click();
  await expect(card.getByTestId("two-factor-status")).toContainText(t2.statusOn.split("{")[0].trim());

  // Signing in now asks for the code from the app.
  await signOut(page);
  await passwordStep(page);
  await codeStep(page, await freshCode(OLGA, { secret }));
  await expect(page.getByTestId("landing-partner")).toBeVisible();

  // A recovery code works once; the second time it is refused.
  await signOut(page);
  await passwordStep(page);
  await codeStep(page, codes[0]);
  await expect(page.getByTestId("landing-partner")).toBeVisible();
  await signOut(page);
  await passwordStep(page);
  await codeStep(page, codes[0]);
  await expect(page.getByTestId("login-error")).toHaveText(t2.codeInvalid);
  await expect(page.getByTestId("landing-partner")).toHaveCount(0);
});
