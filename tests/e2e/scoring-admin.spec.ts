import { expect, test } from "@playwright/test";
import postgres from "postgres";

import { demo, DEMO_PASSWORD, messages, signIn } from "./support";

type ScoresMessages = {
  catalog: { title: string; fields: Record<string, string>; validation: Record<string, string> };
  scores: { admin: Record<string, string>; job: { states: Record<string, string>; interruptedState: string; restart: string } };
  modelPreview: Record<string, string>;
};
const en = messages.en as unknown as typeof messages.en & ScoresMessages;
const zh = messages.zh as unknown as typeof messages.zh & ScoresMessages;

test("an admin changes an indicator weight, activates the new model version and watches the re-score finish", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto("/en/admin/catalog");
  await expect(page.getByRole("heading", { name: en.catalog.title, level: 1 })).toBeVisible();

  // Edit T1's weight; a goalpost mistake is refused first, with a translated message.
  await page.getByTestId("indicator-T1").getByRole("link").click();
  await page.getByLabel(en.catalog.fields.lower).fill("20");
  await page.getByLabel(en.catalog.fields.upper).fill("10");
  await page.getByRole("button", { name: en.common.save }).click();
  await expect(page.getByText(en.catalog.validation.boundsOrder)).toBeVisible();
  await page.getByLabel(en.catalog.fields.lower).fill("0");
  await page.getByLabel(en.catalog.fields.upper).fill("10");
  await page.getByLabel(en.catalog.fields.weight).fill("0.25");
  await page.getByRole("button", { name: en.common.save }).click();
  const saved = page.getByTestId("indicator-saved");
  await expect(saved).toBeVisible();
  const version = Number(/(\d+)/.exec((await saved.textContent()) ?? "")?.[1]);
  expect(version).toBeGreaterThan(1);

  // The catalog shows the new weight and still sums to 1 per dimension.
  await page.goto("/en/admin/catalog");
  await expect(page.getByTestId("indicator-T1").getByTestId("weight")).toHaveText("0.250");

  // The new version is inactive until activated; activation re-scores with progress to 100 %.
  await page.goto("/en/admin/scoring");
  const row = page.getByTestId(`model-v${version}`);
  await expect(row).toContainText(en.scores.admin.inactive);
  await row.getByRole("link", { name: en.modelPreview.open.replace("{version}", String(version)) }).click();
  await page.getByRole("button", { name: en.modelPreview.confirm.replace("{version}", String(version)) }).click();
  await expect(page).toHaveURL(/\/en\/admin\/scoring$/);
  await expect(page.getByTestId("rescore-percent")).toHaveText("100%", { timeout: 30_000 });
  await expect(page.getByTestId("rescore-status")).toHaveText(en.scores.job.states.DONE);
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByTestId(`model-v${version}`)).toContainText(en.scores.admin.active);
  await expect(page.getByTestId("model-v1")).toContainText(en.scores.admin.inactive);

  // The same page in Chinese.
  await page.goto("/zh/admin/scoring");
  await expect(page.getByRole("heading", { name: zh.scores.admin.title, level: 1 })).toBeVisible();
});

test("a re-score stalled by a server stop shows as interrupted, and the admin starts it again to the end", async ({ page }) => {
  // Staged in the database: the newest job, of the active model, whose progress stopped 11
  // minutes ago, as when the server is stopped mid-run.
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set. Run the browser tests with `npm run test:e2e`.");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`
      INSERT INTO rescore_jobs (id, model_id, status, total, done, started_at, created_at, updated_at)
      SELECT gen_random_uuid(), id, 'RUNNING', 40, 7, now() - interval '12 minutes', now(), now() - interval '11 minutes'
      FROM scoring_models WHERE active`;
  } finally {
    await sql.end({ timeout: 5 });
  }

  await signIn(page, demo.admin);
  await page.goto("/en/admin/scoring");
  await expect(page.getByTestId("rescore-status")).toHaveText(en.scores.job.interruptedState);
  await page.getByRole("button", { name: en.scores.job.restart }).click();
  await expect(page.getByTestId("rescore-status")).toHaveText(en.scores.job.states.DONE, { timeout: 30_000 });
  await expect(page.getByTestId("rescore-percent")).toHaveText("100%");
  await expect(page.getByRole("button", { name: en.scores.job.restart })).toHaveCount(0);
});

test("a partner cannot open the catalog or the scoring models", async ({ page, playwright }) => {
  // Signed in through the form; the partner's landing page is not what this test is about.
  await page.goto("/en/login");
  await page.getByLabel(en.auth.email).fill(demo.partnerCn);
  await page.getByLabel(en.auth.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: en.auth.signIn }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/login"));
  for (const path of ["/en/admin/catalog", "/en/admin/scoring", "/en/admin/scoring/new"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: en.forbidden.title })).toBeVisible();
  }
  // The progress endpoint refuses partners (403) and anonymous callers (401).
  const job = "/api/scoring/jobs/00000000-0000-4000-8000-000000000000";
  expect((await page.request.get(job)).status()).toBe(403);
  expect((await playwright.request.newContext({ baseURL: new URL(page.url()).origin }).then((r) => r.get(job))).status()).toBe(401);
});

test("a partner reads a project's scores with charts, tables and reasons in all three languages", async ({ page }) => {
  await page.goto("/en/login");
  await page.getByLabel(en.auth.email).fill(demo.partnerRu);
  await page.getByLabel(en.auth.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: en.auth.signIn }).click();
  await expect(page.getByTestId("landing-partner")).toBeVisible();
  // Signed in on the English form, the Russian partner is sent to Russian by an HTTP redirect, not
  // by a refresh after an English skeleton, which cancelled the navigation opened next.
  await expect(page).toHaveURL(/\/ru$/);
  const landing = await page.request.get("/en?signedIn=1", { maxRedirects: 0 });
  expect(landing.status()).toBe(307);
  expect(landing.headers().location).toMatch(/^(http:\/\/[^/]+)?\/ru$/);

  // The best-coordinated demo project has scores.
  await page.goto("/en/projects?sort=d");
  await page.getByTestId("project-table").getByRole("link").first().click();
  const panel = page.getByTestId("score-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("img", { name: /Radar chart/ })).toBeVisible();
  // The panel's lower half loads when the reader scrolls to it.
  await page.getByTestId("score-details").scrollIntoViewIfNeeded();
  // The article model: the D cut-offs and each stage's defining features (platform; docking).
  await expect(page.getByTestId("stage-reasons").getByRole("listitem")).toHaveCount(9);
  // Both coupling formulas side by side, the corrected one marked as used.
  const coupling = (messages.en as unknown as { scores: { coupling: { used: string } } }).scores.coupling;
  await expect(page.getByTestId("coupling-wang")).toContainText(coupling.used);
  await expect(page.getByTestId("coupling-classic")).not.toContainText(coupling.used);
  await expect(page.getByTestId("constraints").getByRole("listitem")).toHaveCount(3);
  await expect(page.getByTestId("country-contributions")).toBeVisible();

  for (const locale of ["zh", "ru"] as const) {
    await page.goto(page.url().replace(/\/(en|zh|ru)\//, `/${locale}/`));
    const title = (messages[locale] as unknown as { scores: { panel: { title: string } } }).scores.panel.title;
    await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
    await expect(page.getByTestId("score-panel")).toBeVisible();
  }
});
