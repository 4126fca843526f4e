import { expect, test, type Page } from "@playwright/test";

import { messagesByLocale } from "../../lib/i18n/messages";
import type enProjects from "../../lib/i18n/messages/en.projects.json";
import { demo, messages, signIn, unique } from "./support";

type P = (typeof enProjects)["projects"];
const p = (locale: "en" | "zh" | "ru") => (messagesByLocale[locale] as unknown as { projects: P }).projects;
const zh = p("zh");
const ru = p("ru");
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");

async function newSession(page: Page, email: string, locale: "zh" | "ru") {
  await signIn(page, email, undefined, locale);
}

test("a Chinese partner registers a project, a Russian partner accepts, it is activated; stale edits and outsiders are refused", async ({
  page,
  browser,
}) => {
  // One walk through four people's sessions: longer than the default budget for a single page.
  test.setTimeout(90_000);
  const title = unique("中俄智能电网联合实验室");
  await newSession(page, demo.partnerCn, "zh");

  // 1. Register, first with an end date before the start: a translated error, nothing created.
  await page.goto("/zh/projects/new");
  await page.getByLabel(zh.fields.title).fill(title);
  await page.getByLabel(zh.fields.summary).fill("联合建设智能电网实验平台，开展跨境调度数据交换试验。");
  await page.getByLabel(zh.fields.sector).selectOption("ENERGY_GRID");
  await page.getByLabel(zh.fields.declaredStage).selectOption("1");
  await page.getByLabel(zh.fields.location).fill("哈尔滨");
  await page.getByLabel(zh.fields.region).selectOption("CN-HL");
  await page.getByLabel(zh.alignmentTags.EAEU).check();
  await page.getByLabel(zh.fields.startDate).fill("2026-05-01");
  await page.getByLabel(zh.fields.endDate).fill("2026-01-01");
  await page.getByRole("button", { name: zh.new }).click();
  await expect(page.getByText(zh.validation.endBeforeStart)).toBeVisible();
  await expect(page).toHaveURL(/\/zh\/projects\/new$/);
  await page.getByLabel(zh.fields.endDate).fill("2028-12-31");
  await page.getByRole("button", { name: zh.new }).click();
  await expect(page.getByTestId("project-created")).toBeVisible();
  await expect(page.getByTestId("project-title")).toHaveText(title);
  const code = (await page.getByTestId("project-code").textContent())!;
  expect(code).toMatch(/^SR-2026-\d{4}$/);
  await expect(page.getByTestId("project-place")).toContainText("黑龙江省 · 哈尔滨");
  // The list filters by the structured region and the tag, and shows the tag.
  await page.goto(`/zh/projects?region=RU-PRI&q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("project-table").getByRole("link", { name: title })).toHaveCount(0);
  await page.goto(`/zh/projects?region=CN-HL&alignment=EAEU&q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("alignment-tags").first()).toContainText(zh.alignmentTags.EAEU);
  await page.getByTestId("project-table").getByRole("link", { name: title }).click();
  await expect(page.getByTestId("project-title")).toHaveText(title);
  const projectUrl = page.url().replace(/\?.*$/, "");
  const projectPath = new URL(projectUrl).pathname.replace(/^\/zh/, "");

  // 2. Activation is refused while only China has accepted.
  await page.getByRole("button", { name: zh.statusControl.to.ACTIVE }).click();
  await expect(page.getByTestId("status-error")).toHaveText(zh.errors.needsBothCountries);

  // 3. Invite FEFU; it is pending until FEFU answers.
  await page.getByRole("link", { name: zh.detail.managePartners }).click();
  await page.getByLabel(zh.partners.organization).selectOption({ label: `远东联邦大学 (${messages.zh.countries.RU})` });
  await page.getByRole("button", { name: zh.partners.send }).click();
  await expect(page.getByTestId("partners-pending")).toContainText("远东联邦大学");

  // 4. The Russian partner sees the invitation on the start page and accepts it.
  const ruContext = await browser.newContext();
  const ivan = await ruContext.newPage();
  await newSession(ivan, demo.partnerRu, "ru");
  await expect(ivan.getByTestId("projects-invitations")).toContainText(title);
  await ivan.getByTestId("projects-invitations").getByRole("link", { name: title }).click();
  await expect(ivan.getByText(ru.text.notTranslated)).toBeVisible();
  await ivan.getByRole("button", { name: fill(ru.detail.acceptFor, { organization: "Дальневосточный федеральный университет" }) }).click();
  await expect(ivan.getByTestId("partners-accepted")).toContainText("Дальневосточный федеральный университет");
  await expect(ivan.getByTestId("partners-pending")).not.toContainText("Дальневосточный федеральный университет");

  // 4b. As a member now, he adds a Russian translation; readers of Russian see it, marked, and can
  // open the original side by side.
  const ruTitle = `Совместная лаборатория интеллектуальных сетей ${title.split(" ").pop()}`;
  await ivan.goto(`/ru${projectPath}/edit`);
  const translation = ivan.getByTestId("translation-ru");
  await translation.getByLabel(fill(ru.translations.titleIn, { language: "Русский" })).fill(ruTitle);
  await translation
    .getByLabel(fill(ru.translations.summaryIn, { language: "Русский" }))
    .fill("Совместная экспериментальная платформа интеллектуальных сетей.");
  await translation.getByRole("button", { name: ru.translations.save }).click();
  await expect(translation.getByText(ru.translations.saved)).toBeVisible();
  await ivan.goto(`/ru${projectPath}`);
  await expect(ivan.getByTestId("project-title")).toHaveText(ruTitle);
  await expect(ivan.getByText(ru.text.translated, { exact: true })).toBeVisible();
  await ivan.getByRole("link", { name: ru.text.sideBySide }).click();
  await expect(ivan.getByTestId("side-by-side")).toContainText(title);

  // 5. Now the Chinese partner activates the project.
  await page.goto(projectUrl);
  await page.getByRole("button", { name: zh.statusControl.to.ACTIVE }).click();
  await expect(page.getByText(zh.statuses.ACTIVE, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: zh.statusControl.to.SUSPENDED })).toBeVisible();

  // 6. Two tabs edit the same version: the second save shows what changed and overwrites nothing.
  const first = page;
  const second = await page.context().newPage();
  await first.goto(`/zh${projectPath}/edit`);
  await second.goto(`/zh${projectPath}/edit`);
  await first.getByLabel(zh.fields.location).fill("哈尔滨松北区");
  await first.getByLabel(zh.fields.summary, { exact: true }).fill("联合建设智能电网实验平台，第二期增加储能调度试验。");
  await first.getByRole("button", { name: messages.zh.common.save, exact: true }).click();
  await expect(first.getByTestId("project-saved")).toBeVisible();
  await second.getByLabel(zh.fields.location).fill("黑河");
  await second.getByRole("button", { name: messages.zh.common.save, exact: true }).click();
  const conflict = second.getByTestId("edit-conflict");
  await expect(conflict).toContainText(zh.conflict.title);
  const row = conflict.getByRole("row", { name: new RegExp(zh.fields.location) });
  await expect(row).toContainText("黑河");
  await expect(row).toContainText("哈尔滨松北区");
  await first.goto(projectUrl);
  await expect(first.getByText("哈尔滨松北区")).toBeVisible();

  // The original changed, so the Russian translation now shows as outdated.
  await ivan.goto(`/ru${projectPath}`);
  await expect(ivan.getByText(ru.text.outdated, { exact: true })).toBeVisible();

  // 7. A partner of an unrelated organization reads the project but cannot edit it.
  const outsiderContext = await browser.newContext();
  const anna = await outsiderContext.newPage();
  await newSession(anna, "anna.smirnova@it.demo", "ru");
  await anna.goto(`/ru${projectPath}`);
  await expect(anna.getByTestId("read-only")).toHaveText(ru.detail.readOnly);
  await expect(anna.getByRole("link", { name: ru.edit })).toHaveCount(0);
  await anna.goto(`/ru${projectPath}/edit`);
  await expect(anna.getByRole("heading", { name: messages.ru.forbidden.title })).toBeVisible();

  await ruContext.close();
  await outsiderContext.close();
});
