import { expect, test, type Page } from "@playwright/test";

import enAudit from "../../lib/i18n/messages/en.auditLog.json" with { type: "json" };
import { demo, DEMO_PASSWORD, messages, openHarbinProject, signedInPage, signIn } from "./support";

const { en, ru } = messages;

/** Opens the administrator's page of the account with this email, found through the list's search. */
async function openUserPage(page: Page, email: string) {
  await page.goto(`/en/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("row").filter({ hasText: email }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/admin\/users\/[0-9a-f-]{36}$/);
  return page.getByTestId("admin-sessions");
}

test("an administrator signs a partner out of every browser without deactivating the account", async ({ page, browser }) => {
  // The partner's laptop and phone, one of which may be in someone else's hands.
  const laptop = await signedInPage(browser, demo.partnerRu, "ru");
  const phone = await signedInPage(browser, demo.partnerRu, "ru");
  await phone.goto("/ru/projects?sort=updated");
  // The laptop stays open on a project's discussion, kept live by the comment stream.
  const projectId = await openHarbinProject(laptop);
  const projectPath = `/ru/projects/${projectId}`;
  await laptop.goto(`${projectPath}#discussion`);
  const thread = laptop.getByTestId("comment-thread");
  await expect(thread).toHaveAttribute("data-live", "live", { timeout: 60_000 });

  await signIn(page, demo.admin);
  const panel = await openUserPage(page, demo.partnerRu);
  await expect(panel.getByRole("heading", { name: en.users.sessions.title })).toBeVisible();
  await expect(panel).toContainText(/\d+ open sessions?\./u);
  await expect(panel).toContainText("API tokens keep working");
  // …and points to the button beside it that revokes them.
  await expect(panel).toContainText(en.users.tokens.start);
  await expect(page.getByTestId("admin-tokens").getByRole("heading", { name: en.users.tokens.title })).toBeVisible();

  // A second click confirms; cancelling changes nothing.
  await panel.getByRole("button", { name: en.users.sessions.start }).click();
  await panel.getByRole("button", { name: en.common.cancel }).click();
  await panel.getByRole("button", { name: en.users.sessions.start }).click();
  await panel.getByRole("button", { name: /^End (all \d+ sessions|1 session)$/u }).click();
  await expect(panel.getByText(/\d+ sessions? ended\./u)).toBeVisible();
  await expect(panel).toContainText("No open sessions.");

  // The open project page learns it at its next poll, without a reload: it says so, and the
  // discussion stops polling and reconnecting.
  const notice = laptop.getByTestId("signed-out-notice");
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(notice).toContainText(ru.auth.signedOut.text);
  await expect(thread).toHaveAttribute("data-live", "signedOut");
  // Its link leads to the sign-in page, which brings the partner back to the project after signing
  // in: not deactivated, they sign in again.
  await notice.getByRole("link", { name: ru.auth.signedOut.signIn }).click();
  await expect(laptop).toHaveURL(/\/ru\/login\?reason=session&returnTo=/);
  expect(new URL(laptop.url()).searchParams.get("returnTo")).toBe(`${projectPath}#discussion`);
  await expect(laptop.getByTestId("login-notice")).toHaveText(ru.auth.sessionEnded);
  await laptop.getByLabel(ru.auth.email).fill(demo.partnerRu);
  await laptop.getByLabel(ru.auth.password, { exact: true }).fill(DEMO_PASSWORD);
  await laptop.getByRole("button", { name: ru.auth.signIn }).click();
  await expect(laptop).toHaveURL(new RegExp(`${projectPath}#discussion$`), { timeout: 60_000 });
  await expect(laptop.getByTestId("comment-thread")).toHaveAttribute("data-live", "live", { timeout: 60_000 });

  // A page loaded after the ending is sent to sign in at once, and back to that page afterwards.
  await phone.reload();
  await expect(phone).toHaveURL(/\/ru\/login\?reason=session&returnTo=/);
  expect(new URL(phone.url()).searchParams.get("returnTo")).toBe("/ru/projects?sort=updated");
  await expect(phone.getByTestId("login-notice")).toHaveText(ru.auth.sessionEnded);
  await phone.getByLabel(ru.auth.email).fill(demo.partnerRu);
  await phone.getByLabel(ru.auth.password, { exact: true }).fill(DEMO_PASSWORD);
  await phone.getByRole("button", { name: ru.auth.signIn }).click();
  await expect(phone).toHaveURL(/\/ru\/projects\?sort=updated$/, { timeout: 60_000 });
  await expect(phone.getByTestId("project-table")).toBeVisible();

  // The administrator's own sessions are ended on /account, which keeps the one in use.
  const own = await openUserPage(page, demo.admin);
  await expect(own.getByRole("link", { name: en.account.title })).toHaveAttribute("href", "/en/account");
  await expect(own.getByRole("button", { name: en.users.sessions.start })).toHaveCount(0);

  await page.goto("/en/admin/audit");
  await expect(page.getByRole("table").first()).toContainText(enAudit.auditLog.actions.user_endAllSessions);

  for (const browserPage of [laptop, phone]) await browserPage.context().close();
});
