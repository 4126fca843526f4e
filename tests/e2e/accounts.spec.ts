import { expect, test } from "@playwright/test";

import enAudit from "../../lib/i18n/messages/en.auditLog.json" with { type: "json" };
import { demo, messages, signIn, unique } from "./support";

const { en, ru } = messages;

test("an admin onboards a Russian partner by invitation, then deactivation ends their session", async ({ page, browser }) => {
  await signIn(page, demo.admin);

  // 1. A new organization.
  const orgName = unique("Novosibirsk Robotics Lab");
  await page.getByRole("link", { name: en.nav.organizations }).click();
  await page.getByRole("link", { name: en.organizations.new }).click();
  await page.getByLabel(en.organizations.nameEn).fill(orgName);
  await page.getByLabel(en.organizations.nameZh).fill("新西伯利亚机器人实验室");
  await page.getByLabel(en.organizations.nameRu).fill("Новосибирская лаборатория робототехники");
  await page.getByLabel(en.organizations.country).selectOption("RU");
  await page.getByLabel(en.organizations.type).selectOption("RESEARCH_INSTITUTE");
  await page.getByLabel(en.organizations.cityEn).fill("Novosibirsk");
  await page.getByLabel(en.organizations.cityZh).fill("新西伯利亚");
  await page.getByLabel(en.organizations.cityRu).fill("Новосибирск");
  await page.getByRole("button", { name: en.common.save }).click();
  await expect(page.getByTestId("org-created")).toBeVisible();
  // A Chinese reader of the list sees each city in Chinese (the city is the sixth column).
  await page.goto("/zh/admin/organizations");
  const city = (name: string) => page.getByRole("row").filter({ hasText: name }).getByRole("cell").nth(5);
  await expect(city(orgName)).toHaveText("新西伯利亚");
  await expect(city("Harbin Institute of Technology")).toHaveText("哈尔滨");
  await page.goto("/en/admin/organizations");

  // 2. A partner account for it, by invitation link, in Russian.
  const email = `${unique("partner").replace(/\W+/g, ".")}@nsk.example`;
  await page.getByRole("link", { name: en.nav.users }).click();
  await page.getByRole("link", { name: en.users.invite }).click();
  await page.getByLabel(en.users.email).fill(email);
  await page.getByLabel(en.users.name).fill("Дмитрий Орлов");
  await page.getByLabel(en.users.role).selectOption("PARTNER");
  await page.getByLabel(en.users.organization).selectOption({ label: `${orgName} (${en.countries.RU})` });
  await page.getByLabel(en.users.locale).selectOption("ru");
  await page.getByRole("button", { name: en.users.sendInvitation }).click();
  const link = await page.getByTestId("one-time-link-url").inputValue();
  expect(link).toMatch(/\/ru\/invite\/[\w-]{40,}$/);

  // 3. The invitee, in a browser of their own, sets a password and signs in.
  const invitee = await browser.newContext();
  const other = await invitee.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { name: ru.auth.inviteTitle })).toBeVisible();
  await other.getByLabel(ru.auth.newPassword).fill("short");
  await other.getByRole("button", { name: ru.auth.setPassword }).click();
  await expect(other.getByLabel(ru.auth.newPassword)).toHaveAttribute("aria-invalid", "true");
  await expect(other.locator('[id$="-error"]')).toHaveText([ru.validation.passwordTooShort, ru.validation.passwordsDiffer]);
  await other.getByLabel(ru.auth.newPassword).fill("Baikal-sunrise-2026");
  await other.getByLabel(ru.auth.confirmPassword).fill("Baikal-sunrise-2026");
  // A value the person cannot see fails the form's check (here the link's token, in its hidden
  // input, cut short): the form says why instead of ignoring the click.
  const token = other.locator('input[name="token"]');
  await token.evaluate((input: HTMLInputElement) => (input.type = "text"));
  await token.fill("cut-short");
  await other.getByRole("button", { name: ru.auth.setPassword }).click();
  await expect(other.getByTestId("form-error")).toHaveText(ru.validation.tokenInvalid);
  await expect(other.getByTestId("form-error")).toHaveAttribute("role", "alert");
  // The link as it was sent still works.
  await other.reload();
  await other.getByLabel(ru.auth.newPassword).fill("Baikal-sunrise-2026");
  await other.getByLabel(ru.auth.confirmPassword).fill("Baikal-sunrise-2026");
  await other.getByRole("button", { name: ru.auth.setPassword }).click();
  await expect(other.getByTestId("login-notice")).toHaveText(ru.auth.passwordSetSignIn);
  await other.getByLabel(ru.auth.password, { exact: true }).fill("Baikal-sunrise-2026");
  await other.getByRole("button", { name: ru.auth.signIn }).click();
  await expect(other.getByTestId("landing-partner")).toBeVisible();
  await expect(other).toHaveURL(/\/ru(\?signedIn=1)?$/);
  await expect(other.locator("html")).toHaveAttribute("lang", "ru");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(ru.landing.greeting.replace("{name}", "Дмитрий Орлов"));

  // The link cannot be used twice.
  const again = await invitee.newPage();
  await again.goto(link);
  await expect(again.getByTestId("link-error")).toHaveText(ru.auth.linkUsed);
  await again.close();

  // 4. The admin deactivates the account; the partner's open session ends on the next load.
  await page.getByRole("link", { name: en.nav.users }).click();
  await page.getByRole("link", { name: "Дмитрий Орлов" }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: en.users.deactivate }).click();
  await expect(page.getByText(en.users.deactivated)).toBeVisible();

  await other.reload();
  await expect(other).toHaveURL(/\/ru\/login\?reason=session/);
  await expect(other.getByTestId("login-notice")).toHaveText(ru.auth.sessionEnded);
  await invitee.close();
});

test("bad input gets translated errors and creates nothing", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto("/en/admin/organizations/new");
  await page.getByRole("button", { name: en.common.save }).click();
  await expect(page.getByText(en.validation.required).first()).toBeVisible();
  await expect(page.getByText(en.validation.countryInvalid)).toBeVisible();

  // A duplicate English name is refused by the server.
  await page.getByLabel(en.organizations.nameEn).fill("Harbin Institute of Technology");
  await page.getByLabel(en.organizations.nameZh).fill("哈工大");
  await page.getByLabel(en.organizations.nameRu).fill("ХПИ");
  await page.getByLabel(en.organizations.country).selectOption("CN");
  await page.getByLabel(en.organizations.type).selectOption("UNIVERSITY");
  await page.getByLabel(en.organizations.cityEn).fill("Harbin");
  await page.getByLabel(en.organizations.cityZh).fill("哈尔滨");
  await page.getByLabel(en.organizations.cityRu).fill("Харбин");
  await page.getByRole("button", { name: en.common.save }).click();
  await expect(page.getByTestId("form-error")).toHaveText(en.errors.organizationNameTaken);

  // A duplicate email and a malformed one, on the invitation form.
  await page.goto("/en/admin/users/new");
  await page.getByLabel(en.users.email).fill("not-an-email");
  await page.getByLabel(en.users.name).fill("Someone");
  await page.getByRole("button", { name: en.users.sendInvitation }).click();
  await expect(page.getByText(en.validation.emailInvalid)).toBeVisible();
  await page.getByLabel(en.users.email).fill(demo.partnerCn);
  await page.getByLabel(en.users.role).selectOption("ORGANIZER");
  await page.getByRole("button", { name: en.users.sendInvitation }).click();
  await expect(page.getByText(en.errors.emailTaken)).toBeVisible();
});

test("a partner is refused the admin pages and the audit API, in their language", async ({ page }) => {
  await signIn(page, demo.partnerCn, undefined, "zh");
  await expect(page.getByRole("link", { name: messages.zh.nav.users })).toHaveCount(0);
  for (const path of ["/zh/admin/users", "/zh/admin/organizations/new", "/zh/admin/audit"]) {
    await page.goto(path);
    await expect(page.getByTestId("forbidden")).toContainText(messages.zh.forbidden.title);
  }
  const api = await page.request.get("/api/audit");
  expect(api.status()).toBe(403);
});

test("a wrong password is refused with the same message as an unknown email", async ({ page }) => {
  await page.goto("/en/login");
  await page.getByLabel(en.auth.email).fill(demo.organizerCn);
  await page.getByLabel(en.auth.password, { exact: true }).fill("definitely-wrong-1");
  await page.getByRole("button", { name: en.auth.signIn }).click();
  await expect(page.getByTestId("login-error")).toHaveText(en.auth.invalidCredentials);
  await page.getByLabel(en.auth.email).fill("nobody@nowhere.example");
  await page.getByRole("button", { name: en.auth.signIn }).click();
  await expect(page.getByTestId("login-error")).toHaveText(en.auth.invalidCredentials);
});

test("the admin sees every change in the audit log", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.getByRole("link", { name: en.nav.audit }).click();
  const table = page.getByTestId("audit-table");
  // Actions read in words (issue 16 item 8), not as codes.
  await expect(table).toContainText(enAudit.auditLog.actions.user_signIn);
  await expect(table).not.toContainText("user.signIn");
  await page.getByLabel(en.audit.action).selectOption("seed.demo");
  await page.getByRole("button", { name: en.common.filter }).click();
  // The log's own rows, not those of the change table inside an entry.
  await expect(table.locator(":scope > tbody > tr")).toHaveCount(1);
  // The demo's counts by their names, not their keys.
  const seeded = table.locator(":scope > tbody > tr").first();
  await seeded.getByText(en.audit.details).click();
  await expect(seeded.getByTestId("audit-diff")).toContainText(enAudit.auditLog.fields.Database.periodMembers);
  await expect(seeded.getByTestId("audit-diff")).not.toContainText("periodMembers");
  // A list recorded inside a value: an opened period's projects by name, each linked to its page.
  await page.goto("/en/admin/audit?action=period.open");
  const opened = table.locator(":scope > tbody > tr").first();
  await opened.getByText(en.audit.details).click();
  const projects = opened
    .getByTestId("audit-diff")
    .getByRole("row")
    .filter({ hasText: enAudit.auditLog.fields.ReportingPeriod.projectIds })
    .getByTestId("audit-nested");
  await expect(projects.getByRole("link").first()).toHaveAttribute("href", /\/projects\/[0-9a-f-]{36}$/);
  await expect(projects).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
});
