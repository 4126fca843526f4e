import { expect, test } from "@playwright/test";

import type enComments from "../../lib/i18n/messages/en.comments.json";
import { demo, DEMO_PASSWORD, messages, openHarbinProject, signedInPage, signIn } from "./support";

const cm = (locale: "zh" | "ru") => (messages[locale] as unknown as typeof enComments).comments;
const instanceB = process.env.E2E_BASE_URL_B;
const publication = (messages.ru as unknown as { publication: Record<string, string> }).publication;

// Two `next start` processes of the same build on one PostgreSQL (scripts/e2e.ts starts both):
// whatever users share must not live in one process's memory.
test("a comment posted through one app instance appears live on a page served by the other", async ({ browser, baseURL }) => {
  test.skip(!instanceB, "needs the second instance that `npm run test:e2e` starts");
  test.setTimeout(120_000);
  // Li Wei reads the Harbin project on instance B, scrolled to the discussion (it loads there).
  // B has served nothing yet: its first pages load their code, hence the longer waits.
  const li = await (await browser.newContext({ baseURL: instanceB })).newPage();
  await li.goto("/zh/login");
  await li.getByLabel(messages.zh.auth.email).fill(demo.partnerCn);
  await li.getByLabel(messages.zh.auth.password, { exact: true }).fill(DEMO_PASSWORD);
  await li.getByRole("button", { name: messages.zh.auth.signIn }).click();
  await expect(li.getByTestId("landing-partner")).toBeVisible({ timeout: 60_000 });
  const projectId = await openHarbinProject(li);
  expect(new URL(li.url()).origin).toBe(instanceB);
  await li.locator("#discussion").scrollIntoViewIfNeeded();
  await expect(li.getByTestId("comment-thread")).toHaveAttribute("data-live", "live");

  // Ivan Petrov posts through instance A.
  const ivan = await (await browser.newContext({ baseURL })).newPage();
  await signIn(ivan, demo.partnerRu, undefined, "ru");
  await ivan.goto(`/ru/projects/${projectId}#discussion`);
  expect(new URL(ivan.url()).origin).toBe(baseURL);
  const text = `Проверка двух экземпляров ${Date.now().toString(36)}`;
  const composer = ivan.getByTestId("comment-form").first();
  await composer.getByRole("combobox", { name: cm("ru").composer.label }).fill(text);
  await composer.getByRole("button", { name: cm("ru").composer.post }).click();
  await expect(ivan.getByTestId("comment").filter({ hasText: text })).toBeVisible();

  // Instance B heard it through PostgreSQL and pushed it to Li Wei's open page: no reload.
  await expect(li.getByTestId("comment").filter({ hasText: text })).toBeVisible();
  await expect(li.getByTestId("comment-announcement")).toHaveText(cm("zh").announce.one.replace("{name}", "Ivan Petrov"));
});

test("a partner's withdrawn agreement takes the public page off the other instance at once", async ({ browser }) => {
  test.skip(!instanceB, "needs the second instance that `npm run test:e2e` starts");
  test.setTimeout(120_000);
  // A visitor reads the Harbin project's public page on instance B, which now holds it in its cache.
  const visitor = await (await browser.newContext({ baseURL: instanceB })).newPage();
  await visitor.goto("/ru/public/projects", { timeout: 60_000 });
  await visitor
    .getByRole("link", { name: /Харбинском/ })
    .first()
    .click();
  await expect(visitor.getByTestId("public-project-title")).toBeVisible({ timeout: 60_000 });
  const url = visitor.url();
  expect(new URL(url).origin).toBe(instanceB);

  // FEFU withdraws its agreement through instance A: B must not serve the cached page even once.
  const ivan = await signedInPage(browser, demo.partnerRu, "ru");
  await ivan.goto(`/ru/projects?q=${encodeURIComponent("Харбинском")}`);
  await ivan
    .getByRole("link", { name: /Харбинском/ })
    .first()
    .click();
  await ivan.getByRole("button", { name: new RegExp(publication.withdraw) }).click();
  await expect(ivan.getByTestId("publication-state")).toHaveText(publication.notPublished);
  expect((await visitor.goto(url))?.status()).toBe(404);
  // And back: agreeing again publishes it on B as well.
  await ivan.getByRole("button", { name: new RegExp(publication.give) }).click();
  await expect(ivan.getByTestId("publication-state")).toHaveText(publication.published);
  expect((await visitor.goto(url))?.status()).toBe(200);
});
