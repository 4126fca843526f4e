import { expect, test } from "@playwright/test";

import type enEvidence from "../../lib/i18n/messages/en.evidence.json";
import type enNotifications from "../../lib/i18n/messages/en.notifications.json";
import { demo, messages, openHarbinProject, signedInPage } from "./support";

type Locale = "en" | "zh" | "ru";
const all = (locale: Locale) => messages[locale] as unknown as typeof enEvidence & typeof enNotifications;
const today = new Date().toISOString().slice(0, 10);

test("a Russian partner's dispute reaches the Chinese author's inbox and mail outbox, and leads to the evidence", async ({ browser }) => {
  test.setTimeout(90_000);
  const zh = all("zh");
  const ru = all("ru");
  const li = await signedInPage(browser, demo.partnerCn, "zh");

  // The author asks for disputes by e-mail at once.
  await li.goto("/zh/account");
  const prefs = li.getByTestId("notification-preferences");
  await prefs.getByRole("group", { name: zh.notifications.kinds.EVIDENCE_DISPUTED }).getByLabel(zh.notifications.channels.EMAIL).check();
  await prefs.getByRole("button", { name: messages.zh.common.save }).click();
  await expect(prefs.getByText(zh.notifications.preferences.saved)).toBeVisible();

  // The author submits evidence on the Harbin project.
  const projectId = await openHarbinProject(li);
  await li.goto(`/zh/projects/${projectId}/evidence/new`);
  const select = li.getByLabel(zh.evidence.form.indicator);
  await select.selectOption((await select.locator("option", { hasText: /^R2 · / }).getAttribute("value"))!);
  await li.getByLabel(zh.evidence.form.value).fill("2");
  await li.getByLabel(zh.evidence.form.periodStart).fill(`${today.slice(0, 8)}01`);
  await li.getByLabel(zh.evidence.form.periodEnd).fill(today);
  await li.getByLabel(zh.evidence.form.narrative).fill("共建两个联合实验平台。");
  await li.getByRole("button", { name: zh.evidence.form.submit }).click();
  await expect(li.getByTestId("evidence-status")).toHaveText(zh.evidence.status.SUBMITTED);
  const evidenceId = li.url().match(/\/evidence\/([0-9a-f-]{36})/)![1];

  // The Russian partner disputes it.
  const ivan = await signedInPage(browser, demo.partnerRu, "ru");
  await ivan.goto(`/ru/evidence/${evidenceId}`);
  await ivan.getByRole("button", { name: ru.evidence.verify.dispute }).click();
  await ivan.getByLabel(ru.evidence.verify.reason).fill("Второй платформы в акте приёмки нет.");
  await ivan.getByRole("button", { name: ru.evidence.verify.sendDispute }).click();
  await expect(ivan.getByTestId("evidence-status")).toHaveText(ru.evidence.status.DISPUTED);

  // The author sees the unread count, finds the sentence in the inbox and follows it.
  await li.goto("/zh");
  await expect(li.getByTestId("notification-count")).toHaveText(/^[1-9]/);
  // The bell says the count in words (worded by the server for the count it rendered).
  const unread = Number(await li.getByTestId("notification-count").textContent());
  await expect(li.getByTestId("notification-bell")).toHaveAttribute("aria-label", `通知，${unread} 条未读`);
  await li.getByTestId("notification-bell").click();
  const sentence = `Ivan Petrov 对您的佐证“共建实验平台”提出异议`;
  const item = li.getByTestId("notification-item").filter({ hasText: sentence }).first();
  await expect(item).toHaveAttribute("data-unread", "true");
  await item.getByRole("link").click();
  await expect(li).toHaveURL(new RegExp(`/zh/evidence/${evidenceId}$`));
  await expect(li.getByTestId("evidence-status")).toHaveText(zh.evidence.status.DISPUTED);
  await li.goto("/zh/notifications");
  await expect(li.getByTestId("notification-item").filter({ hasText: sentence }).first()).not.toHaveAttribute("data-unread", "true");

  // Without an SMTP server the worker keeps the mail in the outbox ("stored"), in Chinese, for
  // the administrator to read.
  const admin = await signedInPage(browser, demo.admin, "en");
  await admin.getByRole("link", { name: all("en").notifications.outbox.nav }).click();
  await expect(admin).toHaveURL(/\/en\/admin\/outbox$/);
  const row = admin.getByTestId("outbox-table").getByRole("row").filter({ hasText: demo.partnerCn }).first();
  await expect(async () => {
    await admin.reload();
    await expect(row).toContainText(all("en").notifications.outbox.statuses.STORED, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await row.getByRole("link").click();
  await expect(admin.getByTestId("outbox-body")).toContainText(sentence);
  await expect(admin.getByTestId("outbox-body")).toContainText(`/zh/evidence/${evidenceId}`);
  // Nobody else reads it.
  await ivan.goto("/ru/admin/outbox");
  await expect(ivan).toHaveURL(/\/ru\/forbidden$/);
});

test("following a project can be turned off and on again", async ({ browser }) => {
  const zh = all("zh").notifications.follow;
  const li = await signedInPage(browser, demo.partnerCn, "zh");
  await openHarbinProject(li);
  const button = li.getByTestId("follow-button");
  // A partner of the project follows it without asking.
  await expect(button).toHaveText(zh.unfollow);
  await button.click();
  await expect(button).toHaveText(zh.follow);
  await expect(li.getByTestId("follow-state")).toContainText(zh.notFollowing);
  await li.reload();
  await expect(button).toHaveText(zh.follow);
  await button.click();
  await expect(button).toHaveText(zh.unfollow);
  await expect(li.getByTestId("follow-state")).toContainText(zh.following);
});
