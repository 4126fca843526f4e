import { expect, test } from "@playwright/test";

import type enEvidence from "../../lib/i18n/messages/en.evidence.json";
import { demo, messages, openHarbinProject, signedInPage } from "./support";

const zh = (messages.zh as unknown as typeof enEvidence).evidence;
const paging = (messages.zh as unknown as { paging: Record<string, string> }).paging;

test("the project page pages its evidence ten at a time and filters it by dimension", async ({ browser }) => {
  const li = await signedInPage(browser, demo.partnerCn, "zh");
  await openHarbinProject(li);
  const section = li.getByTestId("evidence-section");
  // Below the score panel: the table loads when the reader gets there.
  await section.scrollIntoViewIfNeeded();
  const rows = section.getByTestId("evidence-row");
  await expect(rows).toHaveCount(10);
  const pager = section.getByTestId("evidence-pager");
  await expect(pager).toContainText(/^第 1–10 项，共 \d+ 项/);
  const firstPage = await rows.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));

  await pager.getByRole("link", { name: paging.next }).click();
  await expect(li).toHaveURL(/evidencePage=2/);
  await expect(pager).toContainText(/^第 11–20 项/);
  const secondPage = await rows.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(secondPage.filter((href) => firstPage.includes(href))).toEqual([]);

  // Institutional matching only: every row's indicator code starts with I.
  await section.getByRole("link", { name: new RegExp(`^${zh.dimensions.INSTITUTIONAL}`) }).click();
  await expect(li).toHaveURL(/evidenceDimension=INSTITUTIONAL/);
  await expect(pager).toContainText(/^第 1–/);
  const codes = await rows.locator("a span.font-mono").allTextContents();
  expect(codes.length).toBeGreaterThan(0);
  expect(codes.every((code) => code.startsWith("I"))).toBe(true);
});
