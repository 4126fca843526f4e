import { expect, test, type Page } from "@playwright/test";

import type enEvidence from "../../lib/i18n/messages/en.evidence.json";
import { demo, messages, openHarbinProject, signedInPage } from "./support";

type EvidenceMessages = (typeof enEvidence)["evidence"];
const ev = (locale: "en" | "zh" | "ru") => (messages[locale] as unknown as { evidence: EvidenceMessages }).evidence;
const zh = ev("zh");
const ru = ev("ru");

const SAME_COUNTRY_PARTNER = "wang.fang@park.demo";

const today = new Date().toISOString().slice(0, 10);
const monthStart = `${today.slice(0, 8)}01`;
const pdf = {
  name: "验收报告.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
};
const disguised = {
  name: "invoice.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>"),
};

async function chooseIndicator(page: Page, code: string) {
  const select = page.getByLabel(zh.form.indicator);
  const value = await select.locator("option", { hasText: new RegExp(`^${code} · `) }).getAttribute("value");
  await select.selectOption(value!);
}

/** Fills the form for one item and submits it for verification; returns the new evidence id. */
async function enter(page: Page, projectId: string, item: { code: string; value: string; narrative: string }) {
  await page.goto(`/zh/projects/${projectId}/evidence/new`);
  await chooseIndicator(page, item.code);
  await page.getByLabel(zh.form.value).fill(item.value);
  await page.getByLabel(zh.form.periodStart).fill(monthStart);
  await page.getByLabel(zh.form.periodEnd).fill(today);
  await page.getByLabel(zh.form.narrative).fill(item.narrative);
  await page.getByRole("button", { name: zh.form.submit }).click();
  await expect(page.getByTestId("evidence-saved")).toBeVisible();
  await expect(page.getByTestId("evidence-status")).toHaveText(zh.status.SUBMITTED);
  return page.url().match(/\/evidence\/([0-9a-f-]{36})/)![1];
}

test("partners enter, verify, dispute and return evidence; wrong sides are refused", async ({ browser }) => {
  test.setTimeout(180_000);
  const li = await signedInPage(browser, demo.partnerCn, "zh");
  const projectId = await openHarbinProject(li);

  // 1. The Chinese partner enters evidence from the project page; the live preview follows the value.
  await li.getByTestId("evidence-section").getByRole("link", { name: zh.new }).click();
  await expect(li).toHaveURL(/\/evidence\/new$/);
  await chooseIndicator(li, "T2");
  await li.getByLabel(zh.form.periodStart).fill(monthStart);
  await li.getByLabel(zh.form.periodEnd).fill(today);
  const after = li.getByTestId("preview-uT").getByTestId("after");
  await li.getByLabel(zh.form.value).fill("5");
  await expect(after).toHaveText(/→ \d\.\d{3}/);
  const low = await after.textContent();
  await li.getByLabel(zh.form.value).fill("75");
  await expect(after).not.toHaveText(low!);
  await expect(li.getByTestId("preview-d").getByTestId("after")).toHaveText(/→ \d\.\d{3}/);
  // A percentage above 100 is refused in the form, before anything is sent.
  await li.getByLabel(zh.form.value).fill("120");
  await li.getByLabel(zh.form.narrative).fill("装配线设备本地化率达到75%，依据年度验收报告。");
  await li.getByRole("button", { name: zh.form.submit }).click();
  await expect(li.getByText(zh.validation.percentOver100)).toBeVisible();
  await li.getByLabel(zh.form.value).fill("75");
  await li
    .getByLabel(zh.form.translationInto.replace("{language}", messages.zh.languages.ru))
    .fill("Уровень локализации оборудования сборочной линии достиг 75 %.");
  await li.getByLabel(zh.form.sourceUrl).fill("https://hit.edu.cn/reports/2026");
  // An HTML page named .pdf is refused by content; nothing is saved.
  await li.locator('input[type="file"]').setInputFiles([disguised]);
  await li.getByRole("button", { name: zh.form.submit }).click();
  await expect(li.getByTestId("attachments-error")).toHaveText(zh.errors.attachmentType.replace("{name}", "invoice.pdf"));
  await expect(li).toHaveURL(/\/evidence\/new$/);
  await li.locator('input[type="file"]').setInputFiles([pdf]);
  await li.getByRole("button", { name: zh.form.submit }).click();
  await expect(li.getByTestId("evidence-saved")).toBeVisible();
  const first = li.url().match(/\/evidence\/([0-9a-f-]{36})/)![1];
  await expect(li.getByTestId("narrative-ru")).toContainText("Уровень локализации");

  // The attachment downloads as an attachment with the sniffed type.
  const href = await li.getByTestId("attachments").getByRole("link").getAttribute("href");
  const download = await li.request.get(href!);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(href!)).status()).toBe(401);
  await anonymous.close();

  const second = await enter(li, projectId, { code: "T6", value: "3", narrative: "机器人系统联合研发成熟度达到3级。" });

  // 2. No decision buttons on his own organization's evidence (a direct call of the decision
  // action is refused: tests/integration/evidence-actions.test.ts).
  await li.goto(`/zh/evidence/${first}`);
  await expect(li.getByTestId("no-decision")).toHaveText(zh.verify.cannotOwn);
  await expect(li.getByRole("button", { name: zh.verify.confirm, exact: true })).toHaveCount(0);
  await expect(li.getByTestId("evidence-status")).toHaveText(zh.status.SUBMITTED);

  // 3. A partner of the same country (the park company, CN) is refused as well.
  const wang = await signedInPage(browser, SAME_COUNTRY_PARTNER, "zh");
  await wang.goto(`/zh/evidence/${first}`);
  await expect(wang.getByTestId("no-decision")).toHaveText(zh.verify.cannotSameCountry);

  // 4. The Russian partner finds both on his landing page, confirms one and disputes the other.
  const ivan = await signedInPage(browser, demo.partnerRu, "ru");
  const waiting = ivan.getByTestId("awaiting-verification");
  await expect(waiting.locator(`a[href$="/evidence/${first}"]`)).toBeVisible();
  await waiting.locator(`a[href$="/evidence/${first}"]`).click();
  await ivan.getByRole("button", { name: ru.verify.confirm }).click();
  await expect(ivan.getByTestId("evidence-status")).toHaveText(ru.status.VERIFIED);
  await expect(ivan.getByTestId("verification")).toContainText(ru.decisions.CONFIRM);
  await expect(ivan.getByTestId("verification")).toContainText("Ivan Petrov");
  // The project page's evidence table shows it with its new status; the Russian side is a member too.
  await ivan.goto(`/ru/projects/${projectId}`);
  // The table loads when the reader scrolls to it, below the score panel.
  await ivan.getByTestId("evidence-section").scrollIntoViewIfNeeded();
  const row = ivan.getByTestId("evidence-row").filter({ has: ivan.locator(`a[href$="/evidence/${first}"]`) });
  await expect(row.getByTestId("evidence-status")).toHaveText(ru.status.VERIFIED);
  await expect(row.getByTestId("evidence-value")).toHaveText("75 %");
  await expect(ivan.getByTestId("evidence-section").getByRole("link", { name: ru.new })).toBeVisible();

  await ivan.goto(`/ru/evidence/${second}`);
  await ivan.getByRole("button", { name: ru.verify.dispute }).click();
  await ivan.getByRole("button", { name: ru.verify.sendDispute }).click();
  await expect(ivan.getByText(ru.validation.reasonRequired)).toBeVisible();
  await expect(ivan.getByTestId("evidence-status")).toHaveText(ru.status.SUBMITTED);
  await ivan.getByLabel(ru.verify.reason).fill("По протоколу испытаний зрелость соответствует уровню 2, а не 3.");
  await ivan.getByRole("button", { name: ru.verify.sendDispute }).click();
  await expect(ivan.getByTestId("evidence-status")).toHaveText(ru.status.DISPUTED);
  await expect(ivan.getByTestId("verification-reason")).toContainText("уровню 2, а не 3");

  // 5. An organizer returns a third item for revision with a list of fixes.
  const third = await enter(li, projectId, { code: "R1", value: "400", narrative: "联合培养工程人才400人。" });
  const organizer = await signedInPage(browser, demo.organizerCn, "zh");
  await organizer.goto(`/zh/evidence/${third}`);
  await organizer.getByRole("button", { name: zh.verify.return }).click();
  await organizer.getByLabel(zh.verify.fixItem.replace("{n}", "1")).fill("附上培训结业名单");
  await organizer.getByRole("button", { name: zh.verify.addFix }).click();
  await organizer.getByLabel(zh.verify.fixItem.replace("{n}", "2")).fill("说明俄方参训人数");
  await organizer.getByRole("button", { name: zh.verify.sendReturn }).click();
  await expect(organizer.getByTestId("evidence-status")).toHaveText(zh.status.RETURNED);
  await expect(organizer.getByTestId("verification-fixes")).toHaveText(/附上培训结业名单[\s\S]*说明俄方参训人数/);

  // 6. The author sees the fixes, edits and resubmits.
  await li.goto(`/zh/evidence/${third}`);
  await expect(li.getByTestId("verification-fixes")).toContainText("附上培训结业名单");
  await li.getByRole("link", { name: zh.detail.edit }).click();
  await li.getByLabel(zh.form.value).fill("380");
  await li.getByRole("button", { name: zh.form.submit }).click();
  await expect(li.getByTestId("evidence-status")).toHaveText(zh.status.SUBMITTED);
  await expect(li.getByTestId("detail-value")).toContainText("380");
});
