import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";

import type enIntake from "../../lib/i18n/messages/en.intake.json";
import { templateAsRussianCsv } from "../support/spreadsheets";
import { demo, HARBIN_PROJECT_ZH, messages, openHarbinProject, signedInPage } from "./support";

type Intake = typeof enIntake;
const intake = (locale: "en" | "zh" | "ru") => messages[locale] as unknown as Intake;
const zh = intake("zh");
const ru = intake("ru");

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The last full calendar quarter before today: a period that has ended, so its figures can be reported. */
function lastQuarter(now = new Date()) {
  const q = Math.floor(now.getUTCMonth() / 3);
  const start = new Date(Date.UTC(now.getUTCFullYear(), (q - 1) * 3, 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), q * 3, 0));
  return { startsOn: iso(start), endsOn: iso(end) };
}

/**
 * For each template row, a value a partner might report next: a little above the current one
 * (inside the allowed range, with a decimal part where the indicator takes one), or without a
 * current value the middle of a closed range or a small figure.
 */
async function russianValues(template: Uint8Array, count: number) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
  const rows: { code: string; whole: boolean; value: number }[] = [];
  workbook.worksheets[0].eachRow((row, line) => {
    if (line === 1) return;
    const rule = row.getCell(8).dataValidation;
    const [min, max] = (rule?.formulae ?? []).map(Number);
    const whole = rule?.type === "whole";
    const current = row.getCell(7).value;
    let value: number;
    if (typeof current === "number") {
      if (whole) value = current < max ? current + 1 : current - 1;
      else value = Math.round(current * 1.1 * 10) / 10 || 0.5;
      if (value > max) value = Math.round(current * 0.9 * 10) / 10;
    } else if (max <= 100) value = whole ? Math.round((min + max) / 2) : (min + max) / 2 + 0.5;
    else value = whole ? 3 : 2.5;
    if (value === current || value < min) return;
    rows.push({ code: row.getCell(1).text, whole, value });
  });
  // At least one whole-number row: the walk-through types a fraction into it.
  const whole = rows.filter((r) => r.whole).slice(0, 1);
  return [...whole, ...rows.filter((r) => !whole.includes(r))].slice(0, count);
}

test("a period is opened, a Russian partner imports a spreadsheet, the Chinese side confirms ten items at once", async ({ browser }) => {
  test.setTimeout(300_000);
  const { startsOn, endsOn } = lastQuarter();
  const deadline = iso(new Date(Date.now() + 10 * 86_400_000));
  const key = `Q-${Date.now().toString(36)}`;

  // 1. An organizer opens the period for the Harbin project.
  const organizer = await signedInPage(browser, demo.organizerCn, "zh");
  await organizer.goto("/zh/periods");
  const form = organizer.getByTestId("open-period-form");
  await form.getByLabel(zh.periods.key).fill(key);
  await form.getByLabel(zh.periods.startsOn).fill(startsOn);
  await form.getByLabel(zh.periods.endsOn).fill(endsOn);
  await form.getByLabel(zh.periods.deadline).fill(deadline);
  await form.getByLabel(HARBIN_PROJECT_ZH).check();
  await form.getByRole("button", { name: zh.periods.open }).click();
  await expect(organizer).toHaveURL(/\/zh\/periods\/[0-9a-f-]{36}$/);
  const projectLink = organizer.getByTestId("period-progress").getByRole("link", { name: HARBIN_PROJECT_ZH });
  const projectId = (await projectLink.getAttribute("href"))!.split("/").pop()!;

  // 2. The Russian partner sees what is missing and downloads the template in Russian.
  const ivan = await signedInPage(browser, demo.partnerRu, "ru");
  await ivan.goto(`/ru/projects/${projectId}`);
  await expect(ivan.getByText(ru.periods.panel.title.replace("{key}", key))).toBeVisible();
  await expect(ivan.getByTestId("missing-panel")).toContainText(ru.periods.panel.import);
  await ivan.getByTestId("open-import").click();
  const [download] = await Promise.all([ivan.waitForEvent("download"), ivan.getByTestId("template-download").click()]);
  const template = new Uint8Array(await readFile((await download.path())!));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ExcelJS.Buffer);
  expect(book.worksheets[0].getRow(1).getCell(8).text).toBe(ru.imports.columns.value);

  // 3. Ten values with decimal commas, one of them a fraction of a whole count: the dry run refuses that row.
  const rows = await russianValues(template, 10);
  expect(rows).toHaveLength(10);
  const wholeRow = rows.find((r) => r.whole)!;
  const typed = (override?: string) =>
    Object.fromEntries(rows.map((r) => [r.code, r === wholeRow && override ? override : String(r.value).replace(".", ",")]));
  const upload = async (values: Record<string, string>) => {
    await ivan.getByLabel(ru.imports.file).setInputFiles({
      name: "отчёт.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(await templateAsRussianCsv(template, values)),
    });
    await ivan.getByRole("button", { name: ru.imports.check }).click();
    await expect(ivan.getByTestId("import-summary")).toBeVisible();
  };
  await upload(typed("2,5"));
  const refused = ivan.locator('[data-testid="import-row"][data-status="refused"]');
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText(wholeRow.code);
  await expect(ivan.getByTestId("import-fix")).toBeVisible();

  // 4. Fixed and checked again: nothing refused; confirming imports all ten, submitted for verification.
  await upload(typed());
  await expect(refused).toHaveCount(0);
  const outliers = ivan.getByLabel(ru.imports.confirmOutliers);
  if (await outliers.isVisible()) await outliers.check();
  await ivan.getByRole("button", { name: /^Импортировать/ }).click();
  await expect(ivan.getByTestId("import-done")).toContainText("10");

  // 5. The Chinese counterpart filters the queue to the project and the period and confirms the ten at once.
  const li = await signedInPage(browser, demo.partnerCn, "zh");
  await li.goto("/zh/verification");
  const filters = li.getByTestId("queue-filters");
  const projectOption = filters.getByLabel(zh.queue.filters.project).locator("option", { hasText: HARBIN_PROJECT_ZH });
  await filters.getByLabel(zh.queue.filters.project).selectOption((await projectOption.getAttribute("value"))!);
  await filters.getByLabel(zh.queue.filters.period).selectOption({ label: key });
  await filters.getByRole("button", { name: zh.queue.filters.apply }).click();
  await expect(li).toHaveURL(/period=/);
  const queueRows = li.getByTestId("queue-row");
  await expect(queueRows).toHaveCount(10);
  // The keyboard moves through the queue and selects: space on the first, j, space on the second.
  await queueRows.first().focus();
  await li.keyboard.press(" ");
  await li.keyboard.press("j");
  await li.keyboard.press(" ");
  await expect(li.locator('[data-testid="queue-row"][aria-selected="true"]')).toHaveCount(2);
  await li.getByLabel(zh.queue.selectAll).check();
  await li.getByTestId("confirm-selected").click();
  await expect(li.getByTestId("queue-confirmed")).toContainText("10");
  await expect(queueRows).toHaveCount(0);
});

test("numbers are read in the page's language: 80,5 in Russian, an ambiguous 1,5 is asked about in Chinese", async ({ browser }) => {
  test.setTimeout(120_000);
  const ivan = await signedInPage(browser, demo.partnerRu, "ru");
  const ruEvidence = (messages.ru as unknown as { evidence: { form: { value: string } } }).evidence.form;
  const li = await signedInPage(browser, demo.partnerCn, "zh");
  const zhEvidence = (messages.zh as unknown as { evidence: { form: { value: string } } }).evidence.form;
  const projectId = await openHarbinProject(li);

  await ivan.goto(`/ru/projects/${projectId}/evidence/new`);
  const ruValue = ivan.getByLabel(ruEvidence.value);
  await ruValue.fill("80,5");
  await ruValue.blur();
  await expect(ruValue).toHaveValue("80,5");
  await ruValue.fill("1 234,5");
  await ruValue.blur();
  await expect(ruValue).toHaveValue(/^1\s234,5$/);
  // "1.234" could be 1.234 or 1234: asked, not guessed.
  await ruValue.fill("1.234");
  await ruValue.blur();
  await expect(ivan.getByText(ru.intake.validation.ambiguousPoint)).toBeVisible();

  await li.goto(`/zh/projects/${projectId}/evidence/new`);
  const zhValue = li.getByLabel(zhEvidence.value);
  await zhValue.fill("1,5");
  await zhValue.blur();
  await expect(li.getByText(zh.intake.validation.ambiguousComma)).toBeVisible();
  await zhValue.fill("1,234");
  await zhValue.blur();
  await expect(zhValue).toHaveValue("1,234");
});
