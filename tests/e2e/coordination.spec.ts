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

test("the coordination calculator reads and writes decimal commas in Russian", async ({ page }) => {
  const { ru, en } = messages;
  await signIn(page, demo.partnerRu, undefined, "ru");
  await page.goto("/ru/tools/coordination");
  // The defaults are written the Russian way, and the result is computed from them.
  await expect(page.getByTestId("u-technology")).toHaveValue("0,62");
  await expect(page.getByTestId("u-institutional")).toHaveValue("0,35");
  await expect(page.getByTestId("value-D")).toHaveText(/^0,\d{3}$/);
  // Published case (vectors.json, row D) typed with decimal commas.
  await page.getByTestId("u-technology").fill("0,6730");
  await page.getByTestId("u-institutional").fill("0,4812");
  await page.getByTestId("u-resource").fill("0,9082");
  await expect(page.getByTestId("value-D")).toHaveText("0,815");
  await page.getByTestId("u-resource").fill("abc");
  await expect(page.getByText(ru.coordination.numberInvalid)).toBeVisible();
  await expect(page.getByTestId("value-D")).toHaveCount(0);

  // On an English page a comma is not silently read as a decimal mark.
  await page.goto("/en/tools/coordination");
  await expect(page.getByTestId("u-technology")).toHaveValue("0.62");
  await page.getByTestId("u-technology").fill("0,5");
  await expect(page.getByText(en.coordination.ambiguousComma)).toBeVisible();
  await page.getByTestId("u-technology").fill("0.5");
  await expect(page.getByText(en.coordination.ambiguousComma)).toHaveCount(0);
});
