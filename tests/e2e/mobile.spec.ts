import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { createTranslator } from "next-intl";

import type enEvidence from "../../lib/i18n/messages/en.evidence.json";
import type enProjects from "../../lib/i18n/messages/en.projects.json";
import { demo, messages, openHarbinProject, signIn } from "./support";

type Texts = (typeof messages)["en"] & typeof enProjects & typeof enEvidence;

/** A phone held upright (iPhone 12–15), and the desktop width the pages are designed at. */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** Below this a column holds a few characters a line at most (Chinese then breaks after each one). */
const MIN_CELL_PX = 64;

/**
 * What a reader of a phone notices: the page never scrolls sideways, and no table column is a
 * sliver whose text wraps every few characters (a narrow cell whose text fits on one line, such
 * as "—", is fine).
 */
async function layout(page: Page) {
  return page.evaluate((minCellPx) => {
    const root = document.scrollingElement!;
    const cells = [...document.querySelectorAll("main table")]
      .filter((table) => table.getBoundingClientRect().width > 0)
      .flatMap((table) => [...table.querySelectorAll("th, td")])
      .map((cell) => {
        const text = document.createRange();
        text.selectNodeContents(cell);
        const lines = text.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight);
        return { text: (cell.textContent ?? "").trim().slice(0, 40), width: cell.getBoundingClientRect().width, lines };
      });
    return {
      height: root.scrollHeight,
      overflow: root.scrollWidth - root.clientWidth,
      narrowCells: cells.filter((c) => c.text !== "" && c.width < minCellPx && c.lines > 1.5),
      cells: cells.length,
    };
  }, MIN_CELL_PX);
}

/**
 * Scrolls a table's own box sideways and reports how far its first column and its second column
 * moved: a sticky first column stays where it was while the rest slides under it.
 */
async function scrollTable(page: Page, testId: string) {
  return page.getByTestId(testId).evaluate((table) => {
    const box = table.parentElement!;
    const first = table.querySelector("tbody tr > :first-child")!;
    const second = table.querySelector("tbody tr > :nth-child(2)")!;
    const before = [first.getBoundingClientRect().left, second.getBoundingClientRect().left];
    box.scrollLeft = 120;
    const after = [first.getBoundingClientRect().left, second.getBoundingClientRect().left];
    const moved = { first: before[0] - after[0], second: before[1] - after[1], scrollable: box.scrollWidth > box.clientWidth };
    box.scrollLeft = 0;
    return moved;
  });
}

/**
 * Scrolls down a screen at a time to the end, as a reader would, so that sections which load
 * when scrolled to are all there, and waits until none is still loading.
 */
async function readToTheEnd(page: Page) {
  const step = () =>
    page.evaluate(async () => {
      const root = document.scrollingElement!;
      window.scrollBy(0, window.innerHeight);
      // Two frames: intersection observers see the new position before the next step.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return root.scrollTop + window.innerHeight >= root.scrollHeight - 1;
    });
  // A section that arrives pushes the rest down, possibly out of reach again: keep reading.
  await expect
    .poll(
      async () => {
        while (!(await step()));
        return page.locator("main [aria-busy=true]").count();
      },
      { timeout: 60_000 },
    )
    .toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The radar's axis names that reach past the picture's edge (the reader sees them cut off). */
async function radarCutOff(page: Page) {
  return page.getByTestId("score-radar").evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll("text")]
      .filter((text) => text.getBoundingClientRect().left < box.left - 0.5 || text.getBoundingClientRect().right > box.right + 0.5)
      .map((text) => text.textContent);
  });
}

async function shoot(page: Page, info: TestInfo, name: string) {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await info.attach(name, { path, contentType: "image/png" });
}

for (const locale of ["zh", "ru"] as const) {
  test(`at 390 px in ${locale}, tables scroll in their own box, filters fold, the project page stays short`, async ({ browser }, info) => {
    const m = messages[locale] as Texts;
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await signIn(page, demo.partnerCn, undefined, locale);
    const id = await openHarbinProject(page);
    const project = `/${locale}/projects/${id}`;
    const loaded = async () => {
      await expect(page.getByTestId("score-panel")).toBeVisible();
      await readToTheEnd(page);
      await expect(page.getByTestId("country-contributions")).toBeVisible();
    };

    await page.goto(project);
    await loaded();
    // Figures in the reader's notation: a decimal comma in Russian, a point in Chinese.
    const figure = locale === "ru" ? /\d,\d{3}/ : /\d\.\d{3}/;
    await expect(page.getByTestId("score-D").locator("dd")).toHaveText(new RegExp(`^${figure.source}$`));
    await expect(page.getByTestId("coupling-wang")).toContainText(figure);
    await expect(page.getByTestId("stage-reasons")).toContainText(figure);
    const desktop = await layout(page);

    await page.setViewportSize(PHONE);
    await page.goto(project);
    await loaded();
    const phone = await layout(page);
    await shoot(page, info, `${locale}-project-390`);
    // The score figures sit two to a row, and the radar's axis names fit inside the picture.
    const top = async (id: string) => (await page.getByTestId(id).boundingBox())!.y;
    expect(await top("score-C")).toBe(await top("score-D"));
    expect(await radarCutOff(page), "radar labels cut off at the picture's edge").toEqual([]);
    console.log(
      `[mobile] ${locale} project page: ${desktop.height} px at 1280, ${phone.height} px at 390, ratio ${(phone.height / desktop.height).toFixed(2)}`,
    );
    expect(phone.overflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
    expect(phone.cells).toBeGreaterThan(0);
    expect(phone.narrowCells, "table cells squeezed below a readable width").toEqual([]);
    expect(phone.height / desktop.height).toBeLessThanOrEqual(3);
    // The partners' contributions table is wider than a phone: it scrolls inside its box while
    // the indicator names stay in view.
    const contributions = await scrollTable(page, "country-contributions");
    expect(contributions.scrollable).toBe(true);
    expect(contributions.second).toBeGreaterThan(0);
    expect(contributions.first).toBe(0);

    // The project list: the filters fold behind one button that says so, the table scrolls in its box.
    await page.goto(`/${locale}/projects`);
    // No filter is set, so the button reads just "Filters" (with a count once some are).
    const filters = m.common.showFilters.split("{")[0];
    const toggle = page.getByRole("button", { name: filters, exact: true });
    const search = page.getByLabel(m.projects.list.search);
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(search).toBeHidden();
    const list = await layout(page);
    await shoot(page, info, `${locale}-projects-390`);
    expect(list.overflow, "the list scrolls sideways").toBeLessThanOrEqual(0);
    expect(list.narrowCells, "table cells squeezed below a readable width").toEqual([]);
    const projects = await scrollTable(page, "project-table");
    expect(projects).toMatchObject({ scrollable: true, first: 0 });
    expect(projects.second).toBeGreaterThan(0);
    // What stays in view is what a row is about: the project's title, its code under it.
    const firstCell = page.getByTestId("project-table").locator("tbody tr").first().locator("td").first();
    await expect(firstCell.getByRole("link")).toBeVisible();
    await expect(firstCell.getByTestId("project-code")).toBeVisible();
    // Opened and closed again from the keyboard.
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(search).toBeVisible();
    await page.keyboard.press("Space");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(search).toBeHidden();
    // With a filter set, the folded bar says how many are.
    await page.keyboard.press("Enter");
    await page.getByLabel(m.projects.list.sector).selectOption({ index: 1 });
    await page.getByRole("button", { name: m.projects.list.apply }).click();
    const oneSet = createTranslator({ locale, messages: m, namespace: "common" })("showFilters", { count: 1 });
    await expect(page.getByRole("button", { name: oneSet, exact: true })).toHaveAttribute("aria-expanded", "false");
    await expect(page).toHaveURL(/sector=/);

    // The evidence form fits the phone.
    await page.goto(`${project}/evidence/new`);
    await expect(page.getByRole("heading", { level: 1, name: m.evidence.newTitle })).toBeVisible();
    const form = await layout(page);
    await shoot(page, info, `${locale}-evidence-form-390`);
    expect(form.overflow, "the evidence form scrolls sideways").toBeLessThanOrEqual(0);
    expect(form.narrowCells).toEqual([]);

    // From a tablet's width up, the filters are simply there.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`/${locale}/projects`);
    await expect(page.getByLabel(m.projects.list.search)).toBeVisible();
    await expect(toggle).toBeHidden();
    await page.context().close();
  });
}

// English axis names are the longest in letters ("Institutional matching"), and the radar's
// label widths are estimated per character: at the narrowest common phone width they must fit too.
test("at 360 and 390 px in en, the radar's axis names fit inside the picture", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(page, demo.partnerCn, undefined, "en");
  const id = await openHarbinProject(page);
  for (const width of [390, 360]) {
    await page.setViewportSize({ width, height: PHONE.height });
    await page.goto(`/en/projects/${id}`);
    await expect(page.getByTestId("score-radar").locator("text").first()).toBeVisible();
    expect(await radarCutOff(page), `radar labels cut off at ${width} px`).toEqual([]);
    expect(
      await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth),
      `the page scrolls sideways at ${width} px`,
    ).toBeLessThanOrEqual(0);
  }
  await page.context().close();
});
