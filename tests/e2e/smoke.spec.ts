import { expect, test } from "@playwright/test";

import { messagesByLocale } from "../../lib/i18n/messages";
import en from "../../lib/i18n/messages/en.json" with { type: "json" };
import type enProjects from "../../lib/i18n/messages/en.projects.json";
import { demo, DEMO_PASSWORD, messages, signIn, unique } from "./support";

const ruProjects = (messagesByLocale.ru as unknown as typeof enProjects).projects;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");

test("the sign-in page loads", async ({ page }) => {
  await page.goto("/en/login");
  await expect(page.getByRole("heading", { level: 1, name: en.auth.signInTitle })).toBeVisible();
});

test("the health check reports a working database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, database: "up" });
});

test("the start page lists a partner's projects in the language of the page, not the saved one", async ({ page }) => {
  // Ivan Petrov saved Russian as his language; the same card read in English must show English
  // titles wherever a project has one (the others keep their original language). He gives one
  // of his projects an English title first, so the test holds whatever other tests made.
  await signIn(page, demo.partnerRu, DEMO_PASSWORD, "ru");
  const card = page.getByTestId("projects-mine");
  const titles = async (locale: "en" | "ru") => {
    await page.goto(`/${locale}`);
    // The card streams in after the page's frame: read it once it is there, whole.
    await expect(card.getByRole("link").first()).toBeVisible();
    return card.getByRole("link").allInnerTexts();
  };

  // A project whose English page shows a title in another language: it has no English title.
  const enBefore = await titles("en");
  const k = enBefore.findIndex((title) => !/^[^\p{L}]*\p{Script=Latin}/u.test(title));
  expect(k, `a project of Ivan's without an English title among ${JSON.stringify(enBefore)}`).toBeGreaterThanOrEqual(0);
  const projectId = (await card.getByRole("link").nth(k).getAttribute("href"))!.split("/").pop()!;

  const englishTitle = unique("Joint demonstration project");
  const language = messages.ru.languages.en;
  await page.goto(`/ru/projects/${projectId}/edit`);
  const form = page.getByTestId("translation-en");
  await form.getByLabel(fill(ruProjects.translations.titleIn, { language })).fill(englishTitle);
  await form.getByLabel(fill(ruProjects.translations.summaryIn, { language })).fill("A joint demonstration of the partners.");
  await form.getByRole("button", { name: ruProjects.translations.save }).click();
  await expect(form.getByText(ruProjects.translations.saved)).toBeVisible();

  const ru = await titles("ru");
  const en = await titles("en");
  expect(en).toHaveLength(ru.length);
  expect(en).toContain(englishTitle);
  expect(ru).not.toContain(englishTitle);
  expect(en.filter((title, i) => title !== ru[i]).length).toBeGreaterThan(0);
});
