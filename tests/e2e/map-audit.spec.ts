import { expect, test } from "@playwright/test";

import enAudit from "../../lib/i18n/messages/en.auditLog.json" with { type: "json" };
import zhMap from "../../lib/i18n/messages/zh.regionMap.json" with { type: "json" };
import { demo, HARBIN_PROJECT_ZH, messages, signIn, unique } from "./support";

const { en } = messages;
const zh = zhMap.regionMap;
const audit = enAudit.auditLog;

test("an organizer opens the region map in Chinese and follows Heilongjiang to its projects", async ({ page }) => {
  await signIn(page, demo.organizerCn, undefined, "zh");
  // From the top navigation, as an organizer finds it; only the map is marked as the current page.
  await page.goto("/zh/portfolio");
  await page.getByRole("navigation").getByRole("link", { name: zh.nav, exact: true }).first().click();
  await expect(page).toHaveURL(/\/zh\/portfolio\/map$/);
  await expect(page.getByRole("heading", { level: 1, name: zh.title })).toBeVisible();
  await expect(page.getByRole("navigation").locator('[aria-current="page"]')).toHaveText([zh.nav]);
  // The shapes come from the shared geometry file; the page's own HTML carries none of the path data.
  const html = await (await page.request.get("/zh/portfolio/map")).text();
  console.log(`[map] HTML of /zh/portfolio/map: ${(html.length / 1024).toFixed(1)} KB`);
  expect(html).not.toMatch(/ d="M[^"]{500}/); // in the HTML
  expect(html).not.toMatch(/\\"d\\":\\"M[^"\\]{500}/); // in the RSC payload

  // The table twin says how many projects Heilongjiang has; the map's region says the same.
  const row = page.getByTestId("region-table").getByRole("row").filter({ hasText: "黑龙江省" });
  const count = (await row.getByRole("cell").nth(1).textContent())!.trim();
  expect(Number(count)).toBeGreaterThan(0);
  const region = page.getByTestId("region-map").getByRole("link", { name: /^黑龙江省：/ });
  await expect(region).toHaveAccessibleName(new RegExp(`${count} 个项目，平均协调度 0[.,]\\d\\d`));
  await expect(page.getByTestId("region-legend")).toContainText(zh.legendTitle);

  // Painted, not an empty link: the shape from the geometry file gives it an area to click.
  await expect(region).toBeVisible();
  await region.click();
  await expect(page).toHaveURL(/\/zh\/projects\?region=CN-HL$/);
  await expect(page.getByTestId("project-count")).toContainText(count);
  await expect(page.getByRole("link", { name: HARBIN_PROJECT_ZH, exact: true }).first()).toBeVisible();
});

test("an administrator reads an audit entry by name, in words, with what changed", async ({ page }) => {
  await signIn(page, demo.admin);
  const orgName = unique("Birobidzhan Logistics");
  await page.goto("/en/admin/organizations/new");
  await page.getByLabel(en.organizations.nameEn).fill(orgName);
  await page.getByLabel(en.organizations.nameZh).fill("比罗比詹物流");
  await page.getByLabel(en.organizations.nameRu).fill("Биробиджанская логистика");
  await page.getByLabel(en.organizations.country).selectOption("RU");
  await page.getByLabel(en.organizations.type).selectOption("ENTERPRISE");
  await page.getByLabel(en.organizations.cityEn).fill("Birobidzhan");
  await page.getByLabel(en.organizations.cityZh).fill("比罗比詹");
  await page.getByLabel(en.organizations.cityRu).fill("Биробиджан");
  await page.getByRole("button", { name: en.common.save }).click();
  await expect(page.getByTestId("org-created")).toBeVisible();
  const orgUrl = new URL(page.url()).pathname;
  await page.getByLabel(en.organizations.cityEn).fill("Nizhneleninskoye");
  await page.getByRole("button", { name: en.common.save }).click();
  await expect(page.getByText(en.common.saved)).toBeVisible();

  // The start page's recent activity reads the same way: the action in words, the name linked.
  await page.goto("/en");
  const latest = page.getByTestId("recent-activity").getByRole("listitem").first();
  await expect(latest).toContainText(audit.actions.organization_update);
  await expect(latest.getByRole("link", { name: orgName })).toBeVisible();

  await page.goto("/en/admin/audit?action=organization.update");
  const entry = page.getByTestId("audit-table").getByRole("row").filter({ hasText: orgName });
  await expect(entry).toContainText(audit.actions.organization_update);
  await expect(entry).toContainText(audit.entityTypes.Organization);
  await entry.getByText(en.audit.details).click();
  // Fields by their names in the reader's language, not their keys.
  const changed = entry.getByTestId("audit-diff").getByRole("row").filter({ hasText: audit.fields.Organization.cityEn });
  await expect(entry.getByTestId("audit-diff")).not.toContainText("cityEn");
  await expect(changed.getByRole("deletion")).toHaveText("Birobidzhan");
  await expect(changed.getByRole("insertion")).toHaveText("Nizhneleninskoye");
  await expect(entry.getByTestId("audit-diff").getByRole("row").filter({ hasText: audit.fields.Organization.nameEn })).toHaveCount(0);

  await entry.getByRole("link", { name: orgName }).click();
  await expect(page).toHaveURL(new RegExp(`${orgUrl}$`));
});
