import { execFileSync } from "node:child_process";

import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import postgres from "postgres";

import { demo, HARBIN_PROJECT_ZH, messages, signedInPage } from "./support";

const HARBIN_PROJECT_RU = "Совместный проект интеллектуального производства в Харбинском китайско-российском парке высоких технологий";
const m = messages as unknown as Record<
  "en" | "zh" | "ru",
  { exports: { languages: Record<string, string> }; publication: Record<string, string> }
>;

test("a partner exports the filtered project list as XLSX and reads it back intact", async ({ browser }) => {
  const page = await signedInPage(browser, demo.partnerCn, "zh");
  await page.goto(`/zh/projects?q=${encodeURIComponent("高新技术产业园智能制造")}`);
  await expect(page.getByRole("link", { name: HARBIN_PROJECT_ZH, exact: true }).first()).toBeVisible();
  const shown = await page.locator("table tbody tr").count();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-projects-xlsx").click()]);
  expect(download.suggestedFilename()).toMatch(/^projects-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  expect(sheet.name).toBe("项目");
  expect(sheet.getRow(1).getCell(2).value).toBe("名称");
  // The filter applies: the same projects as the page, the Harbin project among them.
  expect(sheet.actualRowCount - 1).toBe(shown);
  const harbin = sheet.getRows(2, sheet.actualRowCount - 1)!.find((r) => r.getCell(2).value === HARBIN_PROJECT_ZH)!;
  expect(harbin).toBeTruthy();
  expect(String(harbin.getCell(12).value)).toMatch(/远东联邦大学|Far Eastern Federal University|ДВФУ/);
  expect(typeof harbin.getCell(8).value).toBe("number");
  expect(harbin.getCell(13).value).toBeInstanceOf(Date);
});

test("an organizer downloads the forum report as a Chinese–Russian PDF whose text is extractable in both languages", async ({
  browser,
}) => {
  // Sized to the work: the first document starts the server's Chromium.
  test.setTimeout(180_000);
  const page = await signedInPage(browser, demo.organizerCn);
  await page.goto("/en/forums");
  await page
    .getByRole("link", { name: /Forum 2026/ })
    .first()
    .click();
  await expect(page.getByTestId("forum-report")).toBeVisible();
  await page.getByTestId("forum-pdf-language").selectOption("zh-ru");
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByTestId("forum-pdf").click()]);
  expect(download.suggestedFilename()).toMatch(/^forum-report-2026-06-18-zh-ru\.pdf$/);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", await download.path(), "-"], { encoding: "utf8" });
  expect(text).toContain("2026年中俄新质生产力合作论坛");
  expect(text).toContain("Российско-китайский форум");
  // Labels in both languages too, not only the names stored in both.
  // The longest literal part of the "changes from … to …" line in each language.
  const window = (l: "zh" | "ru") =>
    (messages[l] as unknown as { forums: { report: { window: string } } }).forums.report.window
      .split(/\{[^}]+\}/)
      .map((part) => part.trim())
      .sort((a, b) => b.length - a.length)[0];
  expect(text).toContain(window("zh"));
  expect(text).toContain(window("ru"));
});

test("anonymous visitors see a published project in Russian, and a 404 once a partner withdraws its agreement", async ({ browser }) => {
  // Sized to the work: two browsers, a sign-in and six page loads on a busy machine.
  test.setTimeout(90_000);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/ru/public/projects");
  await visitor.getByRole("link", { name: HARBIN_PROJECT_RU }).click();
  await expect(visitor.getByTestId("public-project-title")).toHaveText(HARBIN_PROJECT_RU);
  await expect(visitor.getByTestId("public-d")).toHaveText(/^0,\d{3}$/);
  const url = visitor.url();
  const code = url.split("/").pop()!;
  await expect(visitor.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute(
    "href",
    new RegExp(`/zh/public/projects/${code}$`),
  );
  await expect(visitor.locator('meta[property="og:locale"]')).toHaveAttribute("content", "ru_RU");

  // An unpublished project: nowhere in the list's source, its RSC payload or the sitemap, and 404.
  const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1 });
  const [hidden] = await sql<{ code: string }[]>`
    SELECT p.code FROM joint_projects p
    WHERE EXISTS (SELECT 1 FROM project_partners pp WHERE pp.project_id = p.id AND pp.status = 'ACCEPTED' AND NOT pp.publish_consent)
    ORDER BY p.code LIMIT 1`;
  await sql.end();
  const origin = new URL(url).origin;
  const list = await visitor.request.get(`${origin}/ru/public/projects`);
  expect(await list.text()).toContain(code);
  expect(await list.text()).not.toContain(hidden.code);
  const rsc = await visitor.request.get(`${origin}/ru/public/projects`, { headers: { RSC: "1" } });
  expect(await rsc.text()).not.toContain(hidden.code);
  const sitemap = await (await visitor.request.get(`${origin}/sitemap.xml`)).text();
  expect(sitemap).toContain(`/ru/public/projects/${code}`);
  expect(sitemap).not.toContain(hidden.code);
  expect((await visitor.goto(`/ru/public/projects/${hidden.code}`))?.status()).toBe(404);

  // FEFU withdraws its agreement: the page is gone at once (not served from the cache); it agrees again.
  const ivan = await signedInPage(browser, demo.partnerRu, "ru");
  await ivan.goto(`/ru/projects?q=${encodeURIComponent("Харбинском")}`);
  await ivan.getByRole("link", { name: HARBIN_PROJECT_RU }).first().click();
  const withdraw = ivan.getByRole("button", { name: new RegExp(m.ru.publication.withdraw) });
  await withdraw.click();
  await expect(ivan.getByTestId("publication-state")).toHaveText(m.ru.publication.notPublished);
  expect((await visitor.goto(url))?.status()).toBe(404);
  await ivan.getByRole("button", { name: new RegExp(m.ru.publication.give) }).click();
  await expect(ivan.getByTestId("publication-state")).toHaveText(m.ru.publication.published);
  expect((await visitor.goto(url))?.status()).toBe(200);
  await expect(visitor.getByTestId("public-project-title")).toHaveText(HARBIN_PROJECT_RU);
});
