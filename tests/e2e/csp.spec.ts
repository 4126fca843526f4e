import { expect, test, type Browser, type Page } from "@playwright/test";

import type enEvidence from "../../lib/i18n/messages/en.evidence.json";
import { MAIN_PAGES } from "../support/main-pages";
import { demo, DEMO_PASSWORD, messages, openHarbinProject, signIn } from "./support";

/**
 * The Content-Security-Policy (proxy.ts) must not cost a feature: every main page is opened with
 * it on and the test fails on any violation the browser reports, while checking that what needs
 * scripts, styles and connections still works (charts, the live comment stream, fonts, the score
 * preview computed in the browser). Each main page is also narrowed to a phone's width, where it
 * must not scroll sideways.
 */
type Violation = { page: string; what: string };

/** A page in a fresh context that reports every refusal the browser makes, from its first load. */
async function watchedPage(browser: Browser, violations: Violation[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.exposeFunction("reportCspViolation", (what: string) => violations.push({ page: page.url(), what }));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation: (what: string) => void }).reportCspViolation;
    document.addEventListener("securitypolicyviolation", (e) =>
      report(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Permissions[- ]Policy/i.test(message.text()))
      violations.push({ page: page.url(), what: message.text() });
  });
  page.on("pageerror", (error) => violations.push({ page: page.url(), what: `uncaught: ${error.message}` }));
  return page;
}

/** Opens a page and waits for what proves it works (scripts ran, styles and fonts loaded). */
async function visit(page: Page, path: string, ready: (page: Page) => Promise<void>) {
  await page.goto(path);
  await ready(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const main = (page: Page) => expect(page.locator("main").first()).toBeVisible();

/**
 * How far a loaded page scrolls sideways when the window narrows to a phone held upright (390 px,
 * an iPhone; 360 px, the narrowest common Android width): it should not at all, whatever is on it
 * (wide tables scroll in their own boxes).
 */
async function sidewaysAtPhoneWidth(page: Page): Promise<number> {
  const desktop = page.viewportSize()!;
  let overflow = 0;
  for (const width of [390, 360]) {
    await page.setViewportSize({ width, height: 800 });
    const px = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    overflow = Math.max(overflow, px);
  }
  await page.setViewportSize(desktop);
  return overflow;
}

test("every main page works under the Content-Security-Policy without a single violation and fits a phone", async ({ browser }) => {
  test.setTimeout(240_000);
  const violations: Violation[] = [];
  const sideways: { path: string; px: number }[] = [];

  // The main pages of a Chinese partner, an administrator and an organizer (in Russian). Each is
  // also narrowed to a phone's width once loaded, which costs no second visit.
  const signedIn = new Map<string, Page>();
  for (const { account, locale, paths } of MAIN_PAGES) {
    const page = await watchedPage(browser, violations);
    await signIn(page, account, DEMO_PASSWORD, locale);
    for (const path of paths) {
      await visit(page, path, main);
      const px = await sidewaysAtPhoneWidth(page);
      if (px > 0) sideways.push({ path, px });
    }
    signedIn.set(account, page);
  }
  expect(sideways, "pages that scroll sideways on a phone").toEqual([]);

  // The partner's project page with its charts and live discussion, the evidence form with its
  // score preview, the inbox and the 404 page.
  const li = signedIn.get(demo.partnerCn)!;
  const projectId = await openHarbinProject(li);
  await visit(li, `/zh/projects/${projectId}`, async (p) => {
    await expect(p.getByTestId("score-radar")).toBeVisible();
    // The sections below the first screen load when scrolled to (server actions, then scripts).
    await p.getByTestId("score-details").scrollIntoViewIfNeeded();
    await expect(p.getByTestId("score-history-chart")).toBeVisible();
    await p.locator("#discussion").scrollIntoViewIfNeeded();
    await expect(p.getByTestId("comment-thread")).toHaveAttribute("data-live", "live");
  });
  // Latin text is drawn with the bundled Inter (Chinese with the reader's own CJK font; the bundled
  // Noto Sans SC only where none is installed): the web font loaded under the policy.
  const loaded = await li.evaluate(() =>
    [...document.fonts].filter((font) => font.status === "loaded").map((font) => font.family.replaceAll('"', "")),
  );
  expect(loaded).toContain("Inter Variable");
  const ev = (messages.zh as unknown as typeof enEvidence).evidence;
  await visit(li, `/zh/projects/${projectId}/evidence/new`, async (p) => {
    const select = p.getByLabel(ev.form.indicator);
    await select.selectOption({ index: 1 });
    await p.getByLabel(ev.form.value).fill("55");
    await expect(p.getByTestId("score-preview").getByTestId("after").first()).toBeVisible();
  });
  await visit(li, "/zh/notifications", main);
  await visit(li, "/zh/does-not-exist", main);

  expect(violations).toEqual([]);
});
