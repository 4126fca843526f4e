import { expect, test } from "@playwright/test";

import { demo, messages, signIn } from "./support";

type Messages = {
  scores: { config: Record<string, string>; admin: Record<string, string> };
  modelPreview: Record<string, string>;
};
const en = messages.en as unknown as Messages;
const ru = messages.ru as unknown as Messages;

test("an admin previews a model change and sees which projects would change stage before confirming", async ({ page }) => {
  await signIn(page, demo.admin);

  // Saving the form as it comes is no change: no version, and the form says so.
  await page.goto("/en/admin/scoring/new");
  await page.getByRole("button", { name: en.scores.config.create }).click();
  await expect(page.getByTestId("model-unchanged")).toHaveText(en.scores.config.unchanged);
  await expect(page).toHaveURL(/\/en\/admin\/scoring\/new$/);

  // A new version that demands a far higher D for stage 2 (and 3): projects above stage 1 fall back.
  await page.getByLabel(en.scores.config.stage2MinD, { exact: true }).fill("0.95");
  await page.getByLabel(en.scores.config.stage3MinD, { exact: true }).fill("0.97");
  await page.getByRole("button", { name: en.scores.config.create }).click();
  const created = page.getByTestId("model-created");
  await expect(created).toBeVisible();
  const version = Number(/(\d+)/.exec((await created.textContent()) ?? "")?.[1]);

  // The list offers a preview, not a blind activation.
  await page
    .getByTestId(`model-v${version}`)
    .getByRole("link", { name: en.modelPreview.open.replace("{version}", String(version)) })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: en.modelPreview.title.replace("{version}", String(version)) })).toBeVisible();

  // Projects now at stage 2 or 3 are listed with their stage after activation: 1.
  const changed = page.getByTestId("preview-changed").locator("tbody tr");
  await expect(changed.first()).toBeVisible();
  const rows = await changed.count();
  expect(rows).toBeGreaterThan(0);
  for (let i = 0; i < Math.min(rows, 5); i++) {
    const row = changed.nth(i);
    expect(Number(await row.getByTestId("stage-before").textContent())).toBeGreaterThanOrEqual(2);
    await expect(row.getByTestId("stage-after")).toHaveText("1");
  }
  await expect(page.getByTestId("preview-summary")).toContainText(String(rows));
  // Nothing is active yet: the confirmation is still offered and the version is inactive.
  await expect(page.getByTestId("confirm-activation")).toHaveText(en.modelPreview.confirm.replace("{version}", String(version)));
  await page.goto("/en/admin/scoring");
  await expect(page.getByTestId(`model-v${version}`)).toContainText(en.scores.admin.inactive);

  // The same preview in Russian writes its figures with a decimal comma.
  await page.goto(page.url().replace("/en/admin/scoring", `/ru/admin/scoring`));
  await page
    .getByTestId(`model-v${version}`)
    .getByRole("link", { name: ru.modelPreview.open.replace("{version}", String(version)) })
    .click();
  await expect(page.getByTestId("weight-T1").locator("td").nth(2)).toHaveText(/^0,\d{3}$/);
});
