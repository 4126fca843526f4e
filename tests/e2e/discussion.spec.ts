import { expect, test, type Page } from "@playwright/test";

import type enComments from "../../lib/i18n/messages/en.comments.json";
import type enEvidence from "../../lib/i18n/messages/en.evidence.json";
import { demo, messages, openHarbinProject, signedInPage } from "./support";

type Locale = "en" | "zh" | "ru";
const cm = (locale: Locale) => (messages[locale] as unknown as typeof enComments).comments;
const ev = (locale: Locale) => (messages[locale] as unknown as typeof enEvidence).evidence;

const today = new Date().toISOString().slice(0, 10);
const monthStart = `${today.slice(0, 8)}01`;

/** Li Wei (HIT) enters a fresh evidence item on the park project and submits it. */
async function enterEvidence(page: Page): Promise<string> {
  const zh = ev("zh");
  await openHarbinProject(page);
  await page.getByTestId("evidence-section").getByRole("link", { name: zh.new }).click();
  const select = page.getByLabel(zh.form.indicator);
  const value = await select.locator("option", { hasText: /^R1 · / }).getAttribute("value");
  await select.selectOption(value!);
  await page.getByLabel(zh.form.value).fill("240");
  await page.getByLabel(zh.form.periodStart).fill(monthStart);
  await page.getByLabel(zh.form.periodEnd).fill(today);
  await page.getByLabel(zh.form.narrative).fill("联合培养工程师240人，含双语人才。");
  await page.getByRole("button", { name: zh.form.submit }).click();
  await expect(page.getByTestId("evidence-saved")).toBeVisible();
  return page.url().match(/\/evidence\/([0-9a-f-]{36})/)![1];
}

test("partners discuss an evidence item live: mention, revision request, reply, resolve, report and hide", async ({ browser }) => {
  test.setTimeout(240_000);
  const ru = cm("ru");
  const zh = cm("zh");
  const li = await signedInPage(browser, demo.partnerCn, "zh");
  const evidenceId = await enterEvidence(li);
  await expect(li.getByTestId("comment-thread")).toBeVisible();
  await expect(li.getByText(zh.empty)).toBeVisible();

  // 1. Ivan Petrov (FEFU) comments in Russian, mentioning Li Wei through the autocomplete and
  //    asking for a revision. Bad input first: an oversized comment is refused, nothing posted.
  const ivan = await signedInPage(browser, demo.partnerRu, "ru");
  await ivan.goto(`/ru/evidence/${evidenceId}`);
  const composer = ivan.getByTestId("comment-form");
  const box = composer.getByRole("combobox", { name: ru.composer.label });
  await box.fill("x".repeat(5001));
  await expect(composer.getByTestId("comment-counter")).toHaveText(/5[\s\u00a0]?001 \/ 5[\s\u00a0]?000/);
  await expect(composer.getByRole("button", { name: ru.composer.post })).toBeDisabled();
  await box.fill("Уважаемый ");
  await box.pressSequentially("@Li W");
  const option = ivan.getByRole("option", { name: /Li Wei/ });
  await expect(option).toBeVisible();
  await box.press("Enter");
  await expect(box).toHaveValue(/^Уважаемый @\[Li Wei\]\([0-9a-f-]{36}\) $/);
  await box.pressSequentially("прошу приложить **акт приёмки** обучения.");
  await composer.getByLabel(ru.composer.revisionRequest).check();
  await composer.getByRole("button", { name: ru.composer.post }).click();
  const ivansComment = ivan.getByTestId("comment").filter({ hasText: "акт приёмки" }).first();
  // Optimistic: it is in the thread at once, then confirmed by the server.
  await expect(ivansComment).toBeVisible();
  await expect(ivansComment.locator("strong")).toHaveText("акт приёмки");
  await expect(ivansComment.locator("[data-mention]")).toHaveText("@Li Wei");
  await expect(ivansComment.getByText(ru.revision.badge)).toBeVisible();
  await expect(box).toHaveValue("");

  // 2. Li Wei's open page shows it without a reload, announced politely.
  const lisComment = li.getByTestId("comment").filter({ hasText: "акт приёмки" }).first();
  await expect(lisComment).toBeVisible({ timeout: 15_000 });
  await expect(li.getByTestId("comment-announcement")).toHaveText(zh.announce.one.replace("{name}", "Ivan Petrov"));

  // 3. He has a notification for it that leads straight to the comment.
  await li.goto("/zh/notifications");
  const item = li.getByTestId("notification-item").filter({ hasText: "Ivan Petrov" }).first();
  await expect(item).toBeVisible();
  // The inbox link's open route marks it read and redirects to the comment.
  await item.getByRole("link").first().click();
  await expect(li).toHaveURL(new RegExp(`/zh/evidence/${evidenceId}#comment-`));
  await expect(li.getByTestId("revision-notice")).toContainText("1 项待处理的修改要求");

  // 4. He replies in Chinese; Ivan's page receives the reply live.
  await lisComment.getByRole("button", { name: zh.reply, exact: true }).click();
  const replyForm = li.getByTestId("reply-form");
  await replyForm.getByRole("combobox", { name: zh.composer.replyLabel }).fill("好的，已补充验收证书，并更新了培训人数。");
  await expect(replyForm.getByLabel(zh.composer.language)).toHaveValue("zh");
  await replyForm.getByRole("button", { name: zh.composer.reply }).click();
  await expect(li.getByTestId("comment").filter({ hasText: "已补充验收证书" }).last()).toBeVisible();
  // Replies are nested inside their parent's item, so the innermost match is the reply itself.
  await expect(ivan.getByTestId("comment").filter({ hasText: "已补充验收证书" }).last()).toBeVisible({ timeout: 15_000 });
  const replyId = await ivan.getByTestId("comment").filter({ hasText: "已补充验收证书" }).last().getAttribute("data-comment-id");
  const reply = ivan.locator(`[data-comment-id="${replyId}"]`);

  // 4b. He adds a Chinese translation of Ivan's comment, shown side by side with the original;
  //     when Ivan edits his original, the translation is marked outdated on both pages.
  await lisComment.getByRole("button", { name: zh.translations.add }).first().click();
  const translateForm = li.getByTestId("translate-form");
  await translateForm.getByLabel(zh.translations.language).selectOption("zh");
  await translateForm.getByLabel(zh.translations.text).fill("尊敬的 Li Wei：请附上培训的**验收证书**。");
  await translateForm.getByRole("button", { name: zh.translations.save }).click();
  await expect(lisComment.getByTestId("comment-translation-zh").first()).toContainText("验收证书");
  await expect(ivansComment.getByTestId("comment-translation-zh").first()).toContainText("验收证书", { timeout: 15_000 });
  await ivansComment.getByRole("button", { name: ru.edit.action, exact: true }).first().click();
  const editBox = ivan.getByTestId("edit-form").getByRole("combobox", { name: ru.edit.label });
  await editBox.fill(`${await editBox.inputValue()} Срок — до пятницы.`);
  await ivan.getByTestId("edit-form").getByRole("button", { name: ru.edit.save }).click();
  await expect(ivansComment.getByTestId("comment-edited").first()).toBeVisible();
  await expect(lisComment.getByTestId("comment-translation-zh").first()).toContainText(zh.translations.outdated, { timeout: 15_000 });
  await expect(lisComment.getByText("Срок — до пятницы.")).toBeVisible();

  // 5. He edits the evidence, then marks the revision as done; the notice goes away.
  await li.getByRole("link", { name: ev("zh").detail.edit }).click();
  await li.getByLabel(ev("zh").form.value).fill("260");
  // Already submitted: the edit is saved as a new version of the shared record.
  await li.getByRole("button", { name: messages.zh.common.save, exact: true }).click();
  await expect(li.getByTestId("evidence-saved")).toBeVisible();
  await expect(li.getByTestId("detail-value")).toContainText("260");
  const request = li.getByTestId("comment").filter({ hasText: "акт приёмки" }).first();
  await request.getByRole("button", { name: zh.revision.resolve }).click();
  await expect(request.getByText(zh.revision.resolvedBy.replace("{name}", "Li Wei"))).toBeVisible();
  await li.reload();
  await expect(li.getByTestId("revision-notice")).toHaveCount(0);
  // Ivan, who is not of HIT, has no such button.
  await expect(ivansComment.getByRole("button", { name: ru.revision.resolve })).toHaveCount(0);

  // 6. Ivan reports the reply; an organizer hides it with a reason from the moderation queue.
  await reply.getByRole("button", { name: ru.report.action }).click();
  await ivan.getByTestId("report-form").getByLabel(ru.report.reason).fill("Проверка модерации: тестовая жалоба.");
  await ivan.getByTestId("report-form").getByRole("button", { name: ru.report.submit }).click();
  await expect(reply.getByText(ru.report.done)).toBeVisible();

  // He starts a reply to it, which the hiding below will make impossible.
  await reply.getByRole("button", { name: ru.reply, exact: true }).click();

  const zhou = await signedInPage(browser, demo.organizerCn, "zh");
  await zhou.getByRole("link", { name: zh.moderation.nav }).click();
  await expect(zhou).toHaveURL(/\/zh\/moderation$/);
  const reported = zhou.getByTestId("report-item").filter({ hasText: "已补充验收证书" });
  await expect(reported).toContainText("Проверка модерации");
  await reported.getByRole("button", { name: zh.hide.action }).click();
  await reported.getByLabel(zh.hide.reason).fill("测试：违反讨论规范");
  await reported.getByRole("button", { name: zh.hide.submit }).click();
  await expect(zhou.getByTestId("report-item").filter({ hasText: "已补充验收证书" })).toHaveCount(0);

  // Everyone else now sees the placeholder (Ivan's page updates by itself); partners cannot moderate.
  await expect(reply.getByTestId("comment-placeholder")).toHaveText(ru.hiddenPlaceholder, { timeout: 15_000 });
  await expect(ivan.getByText("已补充验收证书")).toHaveCount(0);
  // His pending reply is refused: shown at once, then taken back with a clear error, text kept.
  const lateReply = ivan.getByTestId("reply-form");
  await lateReply.getByRole("combobox", { name: ru.composer.replyLabel }).fill("Поздний ответ на скрытый комментарий");
  await lateReply.getByRole("button", { name: ru.composer.reply }).click();
  await expect(lateReply.getByTestId("comment-error")).toHaveText(ru.refused.replace("{reason}", ru.errors.commentGone));
  await expect(lateReply.getByRole("combobox", { name: ru.composer.replyLabel })).toHaveValue("Поздний ответ на скрытый комментарий");
  await expect(ivan.getByTestId("comment-text").filter({ hasText: "Поздний ответ" })).toHaveCount(0);
  // The moderation queue refuses him (an HTTP redirect: its layout decides before the skeleton
  // streams; tests/e2e/statuses.spec.ts checks the status), opened in a tab of his own.
  const moderation = await ivan.context().newPage();
  await moderation.goto("/ru/moderation");
  await expect(moderation).toHaveURL(/\/forbidden$/);
  await moderation.close();
  await zhou.goto(`/zh/evidence/${evidenceId}`);
  await expect(zhou.locator(`[data-comment-id="${replyId}"]`).getByTestId("comment-placeholder")).toContainText("测试：违反讨论规范");
  // Organizers can read what Ivan's comment said before his edit; partners only see "edited".
  const zhouView = zhou.getByTestId("comment").filter({ hasText: "акт приёмки" }).first();
  await zhouView.getByRole("button", { name: zh.revisions.action }).first().click();
  await expect(zhou.getByTestId("revisions")).toContainText("прошу приложить");
  await expect(zhou.getByTestId("revisions")).not.toContainText("до пятницы");
  await expect(ivansComment.getByRole("button", { name: ru.revisions.action })).toHaveCount(0);
});
