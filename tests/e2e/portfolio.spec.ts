import { expect, test } from "@playwright/test";

import { messagesByLocale } from "../../lib/i18n/messages";
import type enPortfolio from "../../lib/i18n/messages/en.portfolio.json";
import type enProjects from "../../lib/i18n/messages/en.projects.json";
import type enScores from "../../lib/i18n/messages/en.scores.json";
import { demo, signIn } from "./support";

const zh = messagesByLocale.zh as unknown as typeof enPortfolio & typeof enProjects & typeof enScores;
const projectCount = (text: string) => Number(/共\s*([\d,]+)\s*个项目/.exec(text)?.[1].replaceAll(",", ""));

test("an organizer filters the portfolio to one sector in Chinese and reads a project's rank interval", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, demo.organizerCn, undefined, "zh");
  await page.getByRole("link", { name: zh.portfolio.nav }).first().click();
  await expect(page).toHaveURL(/\/zh\/portfolio$/);
  const summary = page.getByTestId("portfolio-summary");
  const all = projectCount(await summary.innerText());
  expect(all).toBeGreaterThan(10);
  await expect(page.getByTestId("section-sector")).toContainText(zh.projects.sectors.INTELLIGENT_MANUFACTURING);

  // Filtering is a GET form: the URL carries the sector, and the counts shrink to that sector.
  await page.getByTestId("portfolio-filters").getByLabel(zh.portfolio.filters.sector).selectOption("INTELLIGENT_MANUFACTURING");
  await page.getByRole("button", { name: zh.portfolio.filters.apply }).click();
  await expect(page).toHaveURL(/[?&]sector=INTELLIGENT_MANUFACTURING/);
  const filtered = projectCount(await summary.innerText());
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  // The chart's table twin is built when opened.
  await page.getByTestId("section-sector").getByText(zh.portfolio.showTable).click();
  await expect(page.getByTestId("section-sector").locator("table tbody tr")).toHaveCount(1);

  // The ranking keeps the filter and states its perturbation; each row has a 5–95 % interval.
  await page.getByRole("link", { name: zh.portfolio.tabs.ranking }).click();
  await expect(page).toHaveURL(/\/zh\/portfolio\/ranking\?sector=INTELLIGENT_MANUFACTURING/);
  await expect(page.getByTestId("ranking-settings")).toContainText("200");
  const first = page.getByTestId("ranking-row").first();
  await expect(first.getByTestId("rank-interval")).toHaveText(/^第\s*\d+(–\d+)?\s*名$/);

  // The project page says the same place in words, with the interval. The rank arrives after
  // hydration (a server action, held back here until the page has been measured); its space is
  // kept meanwhile, so the score panel below does not move when it appears.
  const projectPage = /\/zh\/projects\/[0-9a-f-]{36}(\?.*)?$/;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(projectPage, async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) await held;
    await route.fallback();
  });
  await first.getByRole("link").click();
  const scoresHeading = page.getByRole("heading", { name: zh.scores.panel.title, exact: true });
  await expect(scoresHeading).toBeVisible();
  await expect(page.getByTestId("project-rank")).toHaveCount(0);
  const busy = await page
    .locator('[aria-busy="true"]')
    .filter({ has: page.getByTestId("project-rank-placeholder") })
    .count();
  const before = await scoresHeading.boundingBox();
  release();
  await expect(page.getByTestId("project-rank")).toContainText(
    new RegExp(`在${zh.projects.sectors.INTELLIGENT_MANUFACTURING}领域的 \\d+ 个项目中排名第 \\d+（(第 \\d+–\\d+ 名|每次运行均相同)）`),
  );
  const after = await scoresHeading.boundingBox();
  expect(after!.y).toBeCloseTo(before!.y, 0);
  // While it loaded, its place said so to assistive technology.
  expect(busy).toBe(1);
  await page.unroute(projectPage);
});
