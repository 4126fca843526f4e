import { expect, test, type Page } from "@playwright/test";

import { messagesByLocale } from "../../lib/i18n/messages";
import type enInitiatives from "../../lib/i18n/messages/en.initiatives.json";
import { demo, signIn, unique } from "./support";

type M = typeof enInitiatives;
const m = (locale: "en" | "ru") => messagesByLocale[locale] as unknown as M;
const en = m("en");
const ru = m("ru");
const f = (messagesByLocale.en as unknown as { forums: (typeof import("../../lib/i18n/messages/en.initiatives.json"))["forums"] }).forums;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));

async function dg2Progress(page: Page, locale: "en" | "ru") {
  await page.goto(`/${locale}/recommendations`);
  const bar = page.getByTestId("recommendation-DG-2").getByRole("progressbar");
  await expect(bar).toBeVisible();
  return Number((await bar.getAttribute("aria-valuenow")) ?? "-1");
}

test("an organizer creates an initiative, a Russian owner partner reports and completes a milestone, the recommendation's progress moves", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const title = unique("Joint Committee charter");
  await signIn(page, demo.organizerCn);
  const before = await dg2Progress(page, "en");

  // 1. Create the initiative under DG-2; a due date before the start is refused first.
  await page.getByTestId("recommendation-DG-2").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Establish a China–Russia Joint Committee on Digital Standards to promote, in step, the alignment of standards in areas such as power carbon-emission indicators, data security and AI ethics",
  );
  await page.getByRole("link", { name: en.initiatives.new }).click();
  await page.getByLabel(en.initiatives.fields.titleEn).fill(title);
  await page.getByLabel(en.initiatives.fields.titleZh).fill("中俄数字标准联合委员会章程");
  await page.getByLabel(en.initiatives.fields.titleRu).fill("Устав совместного комитета по цифровым стандартам");
  await page.getByLabel(en.initiatives.fields.startDate).fill("2026-01-15");
  await page.getByLabel(en.initiatives.fields.dueDate).fill("2025-12-31");
  await page.getByLabel("Harbin Institute of Technology").check();
  await page.getByLabel("Far Eastern Federal University").check();
  await page.getByRole("group", { name: en.initiatives.fields.projects }).getByRole("checkbox").first().check();
  const milestones = ["Draft the charter", "Sign the charter", "Hold the first session"];
  for (let i = 0; i < milestones.length; i++) {
    if (i > 0) await page.getByRole("button", { name: en.initiatives.milestone.add }).click();
    await page.getByLabel(fill(en.initiatives.milestone.title, { n: i + 1 }), { exact: true }).fill(milestones[i]);
    await page.getByLabel(fill(en.initiatives.milestone.dueDate, { n: i + 1 })).fill(`2026-0${i + 3}-01`);
  }
  await page.getByRole("button", { name: en.initiatives.create }).click();
  await expect(page.getByText(en.initiatives.validation.dueBeforeStart)).toBeVisible();
  await expect(page).toHaveURL(/\/en\/initiatives\/new/);
  await page.getByLabel(en.initiatives.fields.dueDate).fill("2026-12-31");
  await page.getByRole("button", { name: en.initiatives.create }).click();
  await expect(page.getByTestId("initiative-created")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("milestone")).toHaveCount(3);
  // Organizers reorder milestones from the keyboard (no dragging needed); focus stays on the moved one.
  const moveUp = page.getByRole("button", { name: fill(en.initiatives.milestone.moveUp, { title: milestones[2] }) });
  await moveUp.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("milestone-moved")).toBeVisible();
  await expect(page.getByTestId("milestone").nth(1)).toContainText(milestones[2]);
  await expect(moveUp).toBeFocused();
  // The linked project's scores since the start are shown as a data table.
  await expect(page.getByTestId("effect-table").getByRole("row")).toHaveCount(2);
  const path = new URL(page.url()).pathname.replace(/^\/en/, "");

  // The organizer can edit it; a due date before the start is refused there too.
  await page.getByRole("link", { name: en.initiatives.edit }).click();
  await page.getByLabel(en.initiatives.fields.dueDate).fill("2025-01-01");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(en.initiatives.validation.dueBeforeStart)).toBeVisible();
  await page.getByLabel(en.initiatives.fields.dueDate).fill("2027-03-31");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/en${path}$`));
  await expect(page.getByText("Mar 31, 2027")).toBeVisible();

  // 2. A partner of an organization that is not an owner reads but cannot contribute.
  const outsider = await browser.newPage();
  await signIn(outsider, "wang.fang@park.demo");
  await outsider.goto(`/en${path}`);
  await expect(outsider.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(outsider.getByRole("checkbox", { name: milestones[0] })).toBeDisabled();
  await expect(outsider.getByRole("button", { name: en.initiatives.updates.post })).toHaveCount(0);
  await outsider.close();

  // 3. Ivan Petrov (FEFU, an owner) posts an update, is refused a reasonless status change, and ticks a milestone.
  const ivan = await browser.newPage();
  await signIn(ivan, demo.partnerRu, undefined, "ru");
  await ivan.goto(`/ru${path}`);
  await ivan.getByLabel(ru.initiatives.updates.body).fill("Проект устава согласован с ХПИ и разослан членам комитета.");
  await ivan.getByLabel(ru.initiatives.updates.links).fill("https://example.org/charter-draft");
  // With the draft as a PDF and a verified evidence item from the linked project.
  await ivan
    .getByLabel(ru.initiatives.updates.attachments)
    .setInputFiles({ name: "проект-устава.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await ivan.getByTestId("evidence-picker").getByLabel(ru.initiatives.evidencePicker.status).selectOption("VERIFIED");
  await ivan.getByTestId("evidence-results").getByRole("checkbox").first().check();
  await expect(ivan.getByTestId("evidence-selected").getByRole("listitem")).toHaveCount(1);
  await ivan.getByRole("button", { name: ru.initiatives.updates.post }).click();
  await expect(ivan.getByTestId("update-posted")).toBeVisible();
  const posted = ivan.getByTestId("timeline-update").first();
  await expect(posted).toContainText("Проект устава согласован");
  const attachment = posted.getByTestId("update-attachments").getByRole("link", { name: "проект-устава.pdf" });
  await expect(posted.getByTestId("update-evidence").getByTestId("evidence-status")).toHaveText(
    (messagesByLocale.ru as unknown as { evidence: { status: Record<string, string> } }).evidence.status.VERIFIED,
  );
  await expect(posted.getByTestId("update-evidence").getByRole("link")).toHaveAttribute("href", /^\/ru\/evidence\/[0-9a-f-]{36}$/);
  // Signed in, the attachment downloads as the PDF it is; anonymous requests are refused.
  const href = `${new URL(ivan.url()).origin}${await attachment.getAttribute("href")}`;
  const download = await ivan.request.get(href);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await request.get(href)).status()).toBe(401);

  await ivan.getByLabel(ru.initiatives.statusChange.newStatus).selectOption("LIMITED");
  await ivan.getByRole("button", { name: ru.initiatives.statusChange.submit }).click();
  await expect(ivan.getByTestId("reason-error")).toHaveText(ru.initiatives.validation.statusReasonRequired);

  await ivan.getByRole("checkbox", { name: milestones[0] }).check();
  await expect(ivan.getByRole("checkbox", { name: milestones[0] })).toBeChecked();
  await expect(ivan.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "33");
  await expect(ivan.getByTestId("timeline-update").first()).toContainText(ru.initiatives.milestone.met);

  // Ivan's start page lists the initiative his organization owns.
  await ivan.goto("/ru");
  await expect(ivan.getByTestId("landing-initiatives")).toContainText("Устав совместного комитета по цифровым стандартам");

  // 4. The recommendation's progress bar has moved.
  const after = await dg2Progress(ivan, "ru");
  expect(after).toBeGreaterThan(before);
  await ivan.close();

  // 5. The organizer defines the next forum edition, assigns the initiative, and reads the report.
  const forumName = unique("Forum");
  await page.goto("/en/forums");
  await page.getByLabel(f.fields.nameEn).fill(forumName);
  await page.getByLabel(f.fields.nameZh).fill("2027年中俄新质生产力合作论坛");
  await page.getByLabel(f.fields.nameRu).fill("Форум 2027");
  await page.getByLabel(f.fields.heldOn).fill("2099-06-01");
  await page.getByLabel(f.fields.place).fill("Vladivostok");
  await page.getByRole("button", { name: f.create }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(forumName);
  await expect(page.getByTestId("forum-report")).toContainText(f.report.empty);
  await page.getByRole("checkbox", { name: new RegExp(title) }).check();
  await page.getByRole("button", { name: f.assign }).click();
  await expect(page.getByTestId("assign-saved")).toBeVisible();
  const row = page.getByTestId("report-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("中俄数字标准联合委员会章程");
  await expect(row.getByTestId("report-progress")).toHaveText("0 % → 33 %");
  await expect(row).toContainText(`✓ ${milestones[0]}`);

  // Printed, only the report remains: no navigation, no controls.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: /./ }).first()).toBeHidden();
  await expect(page.getByRole("button", { name: f.assign })).toBeHidden();
  await expect(row).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  const csv = await page.request.get(`${new URL(page.url()).origin}/api/forums/${page.url().split("/forums/")[1]}/report?format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("中俄数字标准联合委员会章程");

  // 6. Organizers add a recommendation to the catalog and retire it again.
  const r = (
    messagesByLocale.en as unknown as { recommendations: (typeof import("../../lib/i18n/messages/en.initiatives.json"))["recommendations"] }
  ).recommendations;
  const code = `TC-${Date.now().toString(36).slice(-5)}`;
  await page.goto("/en/recommendations");
  await page.getByRole("link", { name: r.form.new }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  await page.getByLabel(r.form.code, { exact: true }).fill(code);
  await page.getByLabel(r.form.area).selectOption("TECH_COOPERATION");
  await page.getByLabel(r.form.textEn).fill("Set up joint China–Russia laboratories for industrial AI");
  await page.getByLabel(r.form.textZh).fill("共建中俄工业人工智能联合实验室");
  await page.getByLabel(r.form.textRu).fill("Создать совместные российско-китайские лаборатории промышленного ИИ");
  await page.getByLabel(r.form.indicators).fill("T1 R2");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up joint China–Russia laboratories for industrial AI");
  await page.goto("/en/recommendations");
  await expect(page.getByTestId(`recommendation-${code}`)).toBeVisible();
  await page.getByTestId(`recommendation-${code}`).getByRole("link").click();
  await page.getByRole("link", { name: r.form.edit }).click();
  await page.getByRole("button", { name: r.form.retire }).click();
  await expect(page.getByRole("button", { name: r.form.restore })).toBeVisible();
  await page.goto("/en/recommendations");
  await expect(page.getByTestId(`recommendation-${code}`)).toHaveCount(0);
});
