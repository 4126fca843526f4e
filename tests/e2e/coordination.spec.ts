import { expect, test } from "@playwright/test";

import { demo, messages, signIn } from "./support";

const { zh } = messages;

test("the coordination calculator runs the scoring core in the browser, in Chinese", async ({ page }) => {
  await signIn(page, demo.organizerCn, undefined, "zh");
  await page.getByRole("link", { name: zh.nav.coordination, exact: true }).click();
  // Published case (vectors.json, row D): U = (0.6730, 0.4812, 0.9082) → C 0.967, T 0.687, D 0.815.
  await page.getByTestId("u-technology").fill("0.6730");
  await page.getByTestId("u-institutional").fill("0.4812");
  await page.getByTestId("u-resource").fill("0.9082");
  await expect(page.getByTestId("value-C")).toHaveText("0.967");
  await expect(page.getByTestId("value-T")).toHaveText("0.687");
  await expect(page.getByTestId("value-D")).toHaveText("0.815");
  await expect(page.getByTestId("value-level")).toContainText(zh.levels.goodCoordination);

  await page.getByTestId("u-resource").fill("1.5");
  await expect(page.getByText(zh.coordination.outOfRange).first()).toBeVisible();
});
