import { expect, test, type Browser } from "@playwright/test";

import { csrfToken, signInRequest, stagePartner } from "./attacks";
import { demo, DEMO_PASSWORD, messages, signIn } from "./support";

/**
 * Attacks on sign-in and sessions against the real server (issue 12, items 1, 2, 4, 5): what a
 * script does with curl, so mostly without a browser.
 */

test("200 parallel guesses with forged, changing X-Forwarded-For check at most 10 passwords; the right one is refused", async ({
  playwright,
  baseURL,
}) => {
  const email = `burst-${Date.now()}@example.test`;
  const password = "burst-target-password-2026";
  await stagePartner(email, password);
  // 200 sign-ins and as many argon2 verifications before the fix: size the time to that work.
  test.setTimeout(180_000);
  const api = await playwright.request.newContext({ baseURL });
  const csrf = await csrfToken(api);
  const outcomes = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      signInRequest(api, csrf, email, i === 199 ? password : `wrong-guess-${i}`, { "X-Forwarded-For": `10.${i}.0.1` }),
    ),
  );
  const verified = outcomes.filter((o) => o === "invalidCredentials").length;
  console.log(JSON.stringify({ burstVerified: verified, spoofBypass: outcomes.includes("ok") }));
  expect(verified).toBeLessThanOrEqual(10);
  expect(outcomes[199]).toMatch(/^rateLimited:\d+$/);
  expect(outcomes.filter((o) => !/^(invalidCredentials|rateLimited:\d+)$/.test(o))).toEqual([]);
  await api.dispose();
});

test("a forged Origin with a matching X-Forwarded-Host is refused as cross-site", async ({ page }) => {
  await signIn(page, demo.partnerCn);
  const response = await page.request.post("/api/evidence", {
    headers: { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example", "Content-Type": "multipart/form-data; boundary=x" },
    data: "--x--\r\n",
  });
  expect(response.status()).toBe(403);
});

test("a javascript: callback URL is refused cleanly, not with a server error", async ({ request }) => {
  for (const path of ["/api/auth/signin", "/api/auth/providers", "/api/auth/session"]) {
    const response = await request.get(`${path}?callbackUrl=${encodeURIComponent("javascript:alert(document.cookie)")}`);
    expect(response.status(), path).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "invalidCallbackUrl" } });
  }
  expect((await request.get("/api/auth/providers?callbackUrl=%2Fen%2Fprojects")).status()).toBe(200);
  // Found by the fuzz of `npm run bench:reliability`: next-auth answered this with 500.
  expect((await request.get("/api/auth/callback/credentials")).status()).toBe(405);
});

async function copyCookies(browser: Browser, from: import("@playwright/test").Page) {
  const copy = await browser.newContext();
  await copy.addCookies(await from.context().cookies());
  return copy.newPage();
}

test("after sign-out a copied session cookie no longer works", async ({ browser, page }) => {
  const ru = messages.ru;
  await signIn(page, demo.partnerRu, DEMO_PASSWORD, "ru");
  const thief = await copyCookies(browser, page);
  await thief.goto("/en/projects");
  await expect(thief.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(thief).toHaveURL(/\/en\/projects$/);

  await page.getByRole("button", { name: ru.nav.signOut, exact: true }).click();
  await expect(page).toHaveURL(/\/ru\/login/);

  await thief.goto("/en/projects");
  await expect(thief).toHaveURL(/\/en\/login\?reason=session/);
  expect((await thief.request.get("/api/notifications/unread")).status()).toBe(401);
  await thief.context().close();
});

test("an organizer whose second factor an administrator reset must enrol again before anything else", async ({ browser, page }) => {
  const en = messages.en;
  await signIn(page, demo.admin);
  await page.goto("/en/admin/users?q=organizer.ru");
  await page.getByRole("link", { name: "Elena Sokolova" }).click();
  const panel = page.getByTestId("admin-two-factor");
  page.once("dialog", (dialog) => dialog.accept());
  await panel.getByRole("button", { name: en.twoFactor.adminReset }).click();
  await expect(panel.getByText(en.twoFactor.adminResetDone)).toBeVisible();

  const organizer = await (await browser.newContext()).newPage();
  await organizer.goto("/en/login");
  await organizer.getByLabel(en.auth.email).fill("organizer.ru@synergia.demo");
  await organizer.getByLabel(en.auth.password, { exact: true }).fill(DEMO_PASSWORD);
  await organizer.getByRole("button", { name: en.auth.signIn }).click();
  // Sign-in was going to the start page, which is no return path: enrolment goes on there by
  // itself, in the person's language.
  await expect(organizer).toHaveURL(/\/en\/two-factor$/);
  await expect(organizer.getByRole("heading", { name: en.twoFactor.enrolTitle })).toBeVisible();
  await expect(organizer.getByRole("img", { name: en.twoFactor.qrLabel })).toBeVisible();
  // Nothing else is open to this session yet.
  await organizer.goto("/en/projects");
  await expect(organizer).toHaveURL(/\/en\/two-factor\?returnTo=%2Fen%2Fprojects$/);
  expect((await organizer.request.get("/api/notifications/unread")).status()).toBe(401);
  // Signing out here keeps where the person was going: the next sign-in leads back to it.
  await organizer.getByRole("button", { name: en.nav.signOut }).click();
  await expect(organizer).toHaveURL(/\/en\/login\?returnTo=%2Fen%2Fprojects$/);
  await organizer.getByLabel(en.auth.email).fill("organizer.ru@synergia.demo");
  await organizer.getByLabel(en.auth.password, { exact: true }).fill(DEMO_PASSWORD);
  await organizer.getByRole("button", { name: en.auth.signIn }).click();
  await expect(organizer).toHaveURL(/\/en\/two-factor\?returnTo=%2Fen%2Fprojects$/);
  await organizer.context().close();
});
